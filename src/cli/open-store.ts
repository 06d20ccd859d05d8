// Opens the results store named by --db, the config's `storage`, or the default path, scrubbing credentials from
// everything written to it.

import { resolve } from "node:path";
import type { Config } from "../config/config-schema.ts";
import { DEFAULT_STORAGE_PATH } from "../config/load-config.ts";
import type { RunStore } from "../core/run-store.ts";
import { secretScrubber } from "../core/scrub-secrets.ts";
import { openRunStore } from "../storage/open-store.ts";
import { scrubbingStore } from "../storage/scrubbing-store.ts";

export interface OpenedStore {
  path: string;
  store: RunStore;
  close(): Promise<void>;
}

export function storagePath(dbFlag: string | undefined, config: Config, cwd: string): string {
  return resolve(cwd, dbFlag ?? config.storage ?? DEFAULT_STORAGE_PATH);
}

export interface OpenStoreOptions {
  /** For commands that only read: they never create an empty database as a side effect. */
  mustExist?: boolean;
  /** The keys this command may send (credentialsInUse): scrubbed, with any auth-header value, from every write. */
  credentials?: readonly string[];
}

export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const store = scrubbingStore(await openRunStore(path, options), secretScrubber(options.credentials ?? []));
  return { path, store, close: () => store.close() };
}
