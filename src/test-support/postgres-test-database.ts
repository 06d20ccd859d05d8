// Databases and schemas for the tests that need PostgreSQL, on the cluster postgres-global-setup.ts started: a
// database per test file (CREATE DATABASE is ~100 ms) or a schema per test (a few ms), never shared between tests.

import { randomBytes } from "node:crypto";
import pg from "pg";

/** True when REALITYCHECK_TEST_POSTGRES=0 asked to skip them: use with describe.skipIf. */
export const SKIP_POSTGRES = process.env.REALITYCHECK_TEST_POSTGRES === "0";

export function testClusterUrl(): string {
  const url = process.env.REALITYCHECK_TEST_DATABASE_URL;
  if (!url) throw new Error("REALITYCHECK_TEST_DATABASE_URL is not set: the Postgres tests run under vitest's globalSetup (src/test-support/postgres-global-setup.ts)");
  return url;
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test cluster; its URL. */
export async function freshDatabase(prefix = "rc"): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = testClusterUrl();
  await withClient(admin, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new empty schema in `databaseUrl`; a URL whose connections use it (search_path), as a store would be given one. */
export async function freshSchema(databaseUrl: string): Promise<string> {
  const name = `s_${randomBytes(6).toString("hex")}`;
  await withClient(databaseUrl, (client) => client.query(`CREATE SCHEMA ${name}`));
  const url = new URL(databaseUrl);
  url.searchParams.set("options", `-c search_path=${name}`);
  return url.toString();
}
