// Opens the results store on a PostgreSQL server: connects, refuses a schema newer than this realitycheck, and
// applies missing migrations (never for a read-only viewer). Every failure is a one-line ConfigError naming the
// server without its password.

import pg from "pg";
import { ConfigError } from "../../core/errors.ts";
import { applyMigrations, isCurrent, newerThanKnown, schemaVersions } from "./migrations.ts";
import { openPool, redactUrl } from "./postgres-pool.ts";
import { PostgresRunStore, type PostgresStoreOptions } from "./postgres-run-store.ts";

export interface OpenPostgresOptions extends PostgresStoreOptions {
  mustExist?: boolean;
  readOnly?: boolean;
  /** Connections at most. */
  maxConnections?: number;
}

export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresRunStore> {
  const where = redactUrl(url);
  const pool = openPool(url, { readOnly: options.readOnly, max: options.maxConnections });
  try {
    const client = await pool.connect();
    try {
      const versions = await schemaVersions(client);
      const newer = newerThanKnown(versions);
      if (newer) {
        throw new ConfigError(`results database has schema version ${newer.found} (${newer.scope}), newer than the ${newer.known} this realitycheck knows; upgrade realitycheck`, where);
      }
      if (versions.size === 0 && options.mustExist) throw new ConfigError("no results stored in this database yet (run something first, or pass --db)", where);
      if (!isCurrent(versions)) {
        if (options.readOnly) throw new ConfigError("results database has an older schema; open it once with a command that writes (e.g. `realitycheck runs`) to upgrade it", where);
        await applyMigrations(client);
      }
    } finally {
      client.release();
    }
    return new PostgresRunStore(pool, options);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw asConfigError(error, where);
  }
}

function asConfigError(error: unknown, where: string): ConfigError {
  if (error instanceof ConfigError) return error;
  const reason = error instanceof pg.DatabaseError ? `${error.message}${error.code ? ` (${error.code})` : ""}` : messageOf(error);
  return new ConfigError(`cannot open the PostgreSQL results store: ${(reason || "connection failed").split("\n")[0]}`, where);
}

/** A refused connection to a name with several addresses is an AggregateError with an empty message of its own. */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
