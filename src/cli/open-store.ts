// Opens the results store named by --db, the config's `storage`, or the default path.

import { resolve } from "node:path";
import type { Config } from "../config/config-schema.ts";
import { DEFAULT_STORAGE_PATH } from "../config/load-config.ts";
import type { RunStore } from "../core/run-store.ts";
import { openRunStore } from "../storage/open-store.ts";

export interface OpenedStore {
  path: string;
  store: RunStore;
  close(): Promise<void>;
}

export function storagePath(dbFlag: string | undefined, config: Config, cwd: string): string {
  return resolve(cwd, dbFlag ?? config.storage ?? DEFAULT_STORAGE_PATH);
}

/** `mustExist` for commands that only read: they never create an empty database as a side effect. */
export async function openStore(path: string, options: { mustExist?: boolean } = {}): Promise<OpenedStore> {
  const store = await openRunStore(path, options);
  return { path, store, close: () => store.close() };
}
