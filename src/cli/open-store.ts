// Opens the results database named by --db, the config's `storage`, or the default path.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError } from "../core/errors.ts";
import type { Config } from "../config/config-schema.ts";
import { DEFAULT_STORAGE_PATH } from "../config/load-config.ts";
import { openDatabase } from "../storage/open-database.ts";
import { ProbeStore } from "../storage/probe-store.ts";
import { ResponseCache } from "../storage/response-cache.ts";
import { RunStore } from "../storage/run-store.ts";

export interface OpenedStore {
  path: string;
  store: RunStore;
  cache: ResponseCache;
  probes: ProbeStore;
  close(): void;
}

export function storagePath(dbFlag: string | undefined, config: Config, cwd: string): string {
  return resolve(cwd, dbFlag ?? config.storage ?? DEFAULT_STORAGE_PATH);
}

/** `mustExist` for commands that only read: they never create an empty database as a side effect. */
export function openStore(path: string, options: { mustExist?: boolean } = {}): OpenedStore {
  if (options.mustExist && !existsSync(path)) throw new ConfigError("no results database here yet (run something first, or pass --db)", path);
  const db = openDatabase(path);
  return { path, store: new RunStore(db), cache: new ResponseCache(db), probes: new ProbeStore(db), close: () => db.close() };
}
