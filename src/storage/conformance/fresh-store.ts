// The conformance suite's one piece of setup: a fresh, empty store for every test, closed after it.

import { afterEach, beforeEach } from "vitest";
import type { RunStore } from "../../core/run-store.ts";

/** Opens a new empty store; a backend's test file passes one (a temp SQLite file, a fresh PostgreSQL schema...). */
export type OpenFreshStore = () => Promise<RunStore>;

/** Registers the hooks and returns the current test's store. */
export function freshStore(open: OpenFreshStore): () => RunStore {
  let store: RunStore | undefined;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error("the store is opened in beforeEach");
    return store;
  };
}
