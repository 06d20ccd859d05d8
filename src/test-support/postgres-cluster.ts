// A throwaway PostgreSQL cluster for the tests and benches: Debian's binaries, initdb into a temp dir, started on a
// free local port with durability off (nothing here must survive a crash), and removed whole when stopped.
// initdb refuses root, so as root the cluster is created and run by the `postgres` user the package adds.

import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  port: number;
  stop(): void;
}

const DEBIAN_VERSIONS = "/usr/lib/postgresql";

/** The directory holding initdb and pg_ctl: on the PATH, or Debian's newest /usr/lib/postgresql/N/bin; else undefined. */
export function postgresBinDir(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) return dir;
  }
  if (!existsSync(DEBIAN_VERSIONS)) return undefined;
  const versions = readdirSync(DEBIAN_VERSIONS)
    .filter((v) => existsSync(join(DEBIAN_VERSIONS, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(DEBIAN_VERSIONS, versions[0], "bin");
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (no initdb on the PATH or in /usr/lib/postgresql/*/bin): run `sh scripts/install-test-deps.sh`, or set REALITYCHECK_TEST_POSTGRES=0 to skip the Postgres tests");
  const dir = mkdtempSync(join(tmpdir(), "rc-pg-"));
  const asUser = ownerFor(dir);
  const run = (tool: string, args: string[]) =>
    execFileSync(asUser ? "runuser" : join(bin, tool), asUser ? ["-u", asUser, "--", join(bin, tool), ...args] : args, { stdio: ["ignore", "pipe", "pipe"] });
  const data = join(dir, "data");
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
    const settings = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=300",
      "-c shared_buffers=64MB",
    ].join(" ");
    run("pg_ctl", ["-D", data, "-o", settings, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a test PostgreSQL cluster: ${commandOutput(error)}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** As root, the `postgres` user owns and runs the cluster (the dir is handed to it); otherwise the current user does. */
function ownerFor(dir: string): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  } catch {
    throw new Error("running as root, and there is no `postgres` user to own the test cluster (Debian's postgresql package adds one)");
  }
  chownSync(dir, uid, gid);
  return "postgres";
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function commandOutput(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}
