// Opens the results database named by --db, the config's `storage`, or the default path.

import { resolve } from "node:path";
import type { Config } from "../config/config-schema.ts";
import { DEFAULT_STORAGE_PATH } from "../config/load-config.ts";
import { openDatabase } from "../storage/open-database.ts";
import { ResponseCache } from "../storage/response-cache.ts";
import { RunStore } from "../storage/run-store.ts";

export interface OpenedStore {
  path: string;
  store: RunStore;
  cache: ResponseCache;
  close(): void;
}

export function storagePath(dbFlag: string | undefined, config: Config, cwd: string): string {
  return resolve(cwd, dbFlag ?? config.storage ?? DEFAULT_STORAGE_PATH);
}

export function openStore(path: string): OpenedStore {
  const db = openDatabase(path);
  return { path, store: new RunStore(db), cache: new ResponseCache(db), close: () => db.close() };
}
