// The results schema on PostgreSQL: the same versioned migrations as SQLite's (one schema, written to be portable,
// see sqlite/migrations.ts) in PostgreSQL's dialect, then what only a shared server needs. Applied once each under an
// advisory lock, so workers starting together on several machines cannot apply one twice.

import type pg from "pg";
import { migrations as sharedMigrations, type Migration } from "../sqlite/migrations.ts";

/** The two differences from SQLite: an identity column for attempt ids, and bytewise text order (SQLite's BINARY). */
export function inPostgresDialect(migration: Migration): Migration {
  const sql = migration.sql
    .replace("id INTEGER PRIMARY KEY,", "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,")
    .replace(/\bTEXT\b/g, 'TEXT COLLATE "C"');
  return { ...migration, sql };
}

// Shared rate limits: one row per target, a bucket for requests and one for tokens refilled by the database's clock
// (epoch ms), and the time until which a 429 paused everyone (see rate-buckets.ts).
const rateBuckets = `
CREATE TABLE rate_buckets (
  key TEXT COLLATE "C" PRIMARY KEY,
  requests DOUBLE PRECISION,
  tokens DOUBLE PRECISION,
  updated_at DOUBLE PRECISION NOT NULL,
  paused_until DOUBLE PRECISION NOT NULL DEFAULT 0
);
`;

/** Append only, like the shared list. */
export const serverMigrations: readonly Migration[] = [{ version: 1, name: "shared rate-limit buckets", sql: rateBuckets }];

export const SHARED = "shared";
export const SERVER = "server";

const scopes: { scope: string; migrations: readonly Migration[] }[] = [
  { scope: SHARED, migrations: sharedMigrations.map(inPostgresDialect) },
  { scope: SERVER, migrations: serverMigrations },
];

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  scope TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL,
  PRIMARY KEY (scope, version)
)`;

/** Any number works as long as every realitycheck uses the same one. */
const MIGRATION_LOCK = 7_357_001;

export type SchemaVersions = Map<string, number>;

/** The highest version applied per scope; empty for a fresh schema. */
export async function schemaVersions(client: pg.ClientBase): Promise<SchemaVersions> {
  const table = await client.query<{ found: string | null }>("SELECT to_regclass('schema_migrations')::text AS found");
  if (table.rows[0]?.found == null) return new Map();
  const rows = await client.query<{ scope: string; version: number }>("SELECT scope, MAX(version) AS version FROM schema_migrations GROUP BY scope");
  return new Map(rows.rows.map((r) => [r.scope, r.version]));
}

/** A scope whose applied version is newer than this realitycheck knows, with both numbers; undefined when none. */
export function newerThanKnown(versions: SchemaVersions): { scope: string; found: number; known: number } | undefined {
  for (const { scope, migrations } of scopes) {
    const known = Math.max(...migrations.map((m) => m.version));
    const found = versions.get(scope) ?? 0;
    if (found > known) return { scope, found, known };
  }
  return undefined;
}

/** True when every migration this realitycheck knows is applied. */
export function isCurrent(versions: SchemaVersions): boolean {
  return scopes.every(({ scope, migrations }) => (versions.get(scope) ?? 0) >= Math.max(...migrations.map((m) => m.version)));
}

/** Applies every missing migration in one transaction, holding the advisory lock. */
export async function applyMigrations(client: pg.ClientBase, now: number = Date.now()): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(createMigrationsTable);
    const applied = await client.query<{ scope: string; version: number }>("SELECT scope, version FROM schema_migrations");
    const done = new Set(applied.rows.map((r) => `${r.scope}:${r.version}`));
    for (const { scope, migrations } of scopes) {
      for (const migration of migrations) {
        if (done.has(`${scope}:${migration.version}`)) continue;
        await client.query(migration.sql);
        await client.query("INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES ($1, $2, $3, $4)", [scope, migration.version, migration.name, now]);
      }
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
