// vitest globalSetup: one throwaway PostgreSQL cluster for the whole test run (tests make a database or schema each),
// exported as REALITYCHECK_TEST_DATABASE_URL and removed at the end. REALITYCHECK_TEST_POSTGRES=0 skips the Postgres
// tests with one printed line; otherwise a missing PostgreSQL fails the run rather than silently skipping them.

import { startPostgresCluster } from "./postgres-cluster.ts";

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.REALITYCHECK_TEST_POSTGRES === "0") {
    process.stdout.write("PostgreSQL tests skipped (REALITYCHECK_TEST_POSTGRES=0)\n");
    return undefined;
  }
  // A server given from outside (a developer's own) is used as it is.
  if (process.env.REALITYCHECK_TEST_DATABASE_URL) return undefined;
  const cluster = await startPostgresCluster();
  process.env.REALITYCHECK_TEST_DATABASE_URL = cluster.url;
  return () => cluster.stop();
}
