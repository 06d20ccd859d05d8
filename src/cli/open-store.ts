// Opens the results store named by --db, $REALITYCHECK_DATABASE_URL, the config's `storage`, or the default path:
// a SQLite file (resolved from the working directory) or a postgres:// URL (a team's shared store), scrubbing
// credentials from everything written to it.

import { dirname, resolve } from "node:path";
import type { Config } from "../config/config-schema.ts";
import { DEFAULT_STORAGE_PATH } from "../config/load-config.ts";
import type { RunStore } from "../core/run-store.ts";
import { secretScrubber } from "../core/scrub-secrets.ts";
import { isPostgresUrl, openRunStore, redactUrl } from "../storage/open-store.ts";
import { scrubbingStore } from "../storage/scrubbing-store.ts";

export const DATABASE_URL_VARIABLE = "REALITYCHECK_DATABASE_URL";

export interface OpenedStore {
  /** The file path or URL the store was opened at. */
  path: string;
  /** The location as it may be printed: a URL without its password. */
  shown: string;
  /** Where reports go by default: beside a SQLite file, or .realitycheck/reports for a server. */
  reportsDir: string;
  store: RunStore;
  close(): Promise<void>;
}

/** The store's location; the environment variable, when given, overrides the config (a team's server for CI). */
export function storagePath(dbFlag: string | undefined, config: Config, cwd: string, env: Record<string, string | undefined> = {}): string {
  const location = dbFlag ?? (env[DATABASE_URL_VARIABLE] || undefined) ?? config.storage ?? DEFAULT_STORAGE_PATH;
  return isPostgresUrl(location) ? location : resolve(cwd, location);
}

export function shownLocation(location: string): string {
  return isPostgresUrl(location) ? redactUrl(location) : location;
}

export interface OpenStoreOptions {
  /** For commands that only read: they never create an empty store as a side effect. */
  mustExist?: boolean;
  /** The keys this command may send (credentialsInUse): scrubbed, with any auth-header value, from every write. */
  credentials?: readonly string[];
  /** Where a server store's reports go by default (.realitycheck/reports under it). */
  cwd?: string;
}

export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const store = scrubbingStore(await openRunStore(path, options), secretScrubber(options.credentials ?? []));
  const reportsDir = isPostgresUrl(path) ? resolve(options.cwd ?? process.cwd(), dirname(DEFAULT_STORAGE_PATH), "reports") : resolve(dirname(path), "reports");
  return { path, shown: shownLocation(path), reportsDir, store, close: () => store.close() };
}
