// Opens the results store at a location: a postgres:// URL (a team's shared store), a SQLite file path (created with
// its directory when missing) or ":memory:". The one place that picks a backend.

import { existsSync } from "node:fs";
import { ConfigError } from "../core/errors.ts";
import type { RunStore } from "../core/run-store.ts";
import { openPostgresStore } from "./postgres/open-postgres-store.ts";
import { isPostgresUrl } from "./postgres/postgres-pool.ts";
import { IN_MEMORY, openDatabase } from "./sqlite/open-database.ts";
import { SqliteRunStore } from "./sqlite/sqlite-run-store.ts";

export { isPostgresUrl, redactUrl } from "./postgres/postgres-pool.ts";

export interface OpenStoreOptions {
  /** For commands that only read: never create an empty store as a side effect. */
  mustExist?: boolean;
  /** A viewer's store: any write throws, so a bug in a reader cannot touch results a run is still writing. */
  readOnly?: boolean;
}

export async function openRunStore(location: string, options: OpenStoreOptions = {}): Promise<RunStore> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options);
  if (options.mustExist && location !== IN_MEMORY && !existsSync(location)) {
    throw new ConfigError("no results database here yet (run something first, or pass --db)", location);
  }
  const db = openDatabase(location);
  if (options.readOnly) db.pragma("query_only = ON");
  return new SqliteRunStore(db);
}
