// Queued runs over `worker` processes on this machine, against a throwaway PostgreSQL cluster and simulators in a child
// process: (a) samples/s for 1, 2 and 3 workers against a zero-latency simulator, and the PostgreSQL store's own write
// rate (writeBatch of 1 and of 64 samples); (b) 3 workers against a host that allows 600 requests/min: the share of it
// they hold together through the store's shared bucket, and the share of requests answered 429.
// Run: node --import tsx bench/queue-workers.ts [--part a|b|all] [--samples 3000] [--seconds 60]

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openPostgresStore } from "../src/storage/postgres/open-postgres-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../src/storage/storage-fixtures.ts";
import { startPostgresCluster } from "../src/test-support/postgres-cluster.ts";
import { spawnSimulators } from "./child-process.ts";
import { fixed, formatTable, grouped } from "./format-table.ts";

const BIN = new URL("../bin/realitycheck.js", import.meta.url).pathname;
const LIMIT_PER_MINUTE = 600;
const PROFILES = {
  "queue-limited": { extends: "honest", description: "600 requests/min, 1 s bursts", rateLimits: { requestsPerMinute: LIMIT_PER_MINUTE, burstSeconds: 1 } },
};
/** Left out of the rate: each worker's first answer, learning the limit, and the host's initial full bucket. */
const SETTLE_MS = 2000;
const WORKER_CAPACITY = 64;

const { values } = parseArgs({ options: { part: { type: "string", default: "all" }, samples: { type: "string", default: "3000" }, seconds: { type: "string", default: "60" } } });
const part = values.part!;
const samples = Number(values.samples);
const seconds = Number(values.seconds);

const cluster = await startPostgresCluster();
const simulators = await spawnSimulators(PROFILES, 2);
const dir = mkdtempSync(join(tmpdir(), "rc-bench-queue-"));
try {
  if (part === "a" || part === "all") {
    const rows: string[][] = [];
    // A worker's start and stop (loading the code, connecting, pg-boss's setup) with an empty queue, taken off each run.
    const idle = await workerCpu("bench_idle");
    for (const workers of [1, 2, 3]) {
      const run = await queuedRun(`w${workers}`, samples, "simulator:honest", simulators.urls[0]!, workers);
      const perSample = (run.cpuMs - workers * idle) / run.done;
      rows.push([String(workers), `${grouped(run.done)}/${grouped(samples)}`, fixed(run.spanMs / 1000, 1), grouped(run.done / (run.spanMs / 1000)), fixed(perSample, 2)]);
    }
    console.log(`(a) ${grouped(samples)} queued samples, zero-latency simulator, workers of capacity ${WORKER_CAPACITY} on this machine (${availableParallelism()} cores)`);
    console.log(formatTable(["workers", "stored", "first to last answer s", "samples/s", "worker CPU ms/sample"], rows));
    console.log(`    CPU per sample leaves out a worker's start and stop (${fixed(idle / 1000, 1)} s each, measured on an empty queue).`);
    console.log(formatTable(["PostgreSQL writeBatch", "samples/s"], await storeWriteRates()));
  }
  if (part === "b" || part === "all") {
    const total = Math.ceil((LIMIT_PER_MINUTE / 60) * seconds);
    await simulators.resetStats(1);
    const run = await queuedRun("limited", total, "simulator:queue-limited", simulators.urls[1]!, 3);
    const stats = await simulators.stats(1);
    const refused = stats.byOutcome.rate_limited / stats.requests;
    const share = run.steadyPerMinute / LIMIT_PER_MINUTE;
    const pass = share >= 0.9 && refused < 0.02;
    console.log(`(b) 3 workers, one host allowing ${LIMIT_PER_MINUTE} requests/min (limit learned from its headers, shared through the store)`);
    console.log(
      formatTable(
        ["stored", "wall s", `requests/min of ${LIMIT_PER_MINUTE}`, "429s (host count)", "verdict"],
        [[`${grouped(run.done)}/${grouped(total)}`, fixed(run.spanMs / 1000, 1), `${fixed(run.steadyPerMinute, 0)} (${fixed(share * 100, 1)}%)`, `${stats.byOutcome.rate_limited}/${stats.requests} (${fixed(refused * 100, 2)}%)`, pass ? "PASS" : "FAIL"]],
      ),
    );
    console.log(`    PASS needs >= 90% of the limit, measured over answers from ${SETTLE_MS / 1000} s after the first to the last, and < 2% of all requests answered 429.`);
  }
} finally {
  await simulators.close();
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}

interface QueuedRunResult {
  done: number;
  /** From the first attempt's start to the last attempt's end, by the attempts' own timestamps. */
  spanMs: number;
  /** Requests per minute from SETTLE_MS after the first answer to the last. */
  steadyPerMinute: number;
  /** User + system CPU of the worker processes. */
  cpuMs: number;
}

async function queuedRun(name: string, count: number, model: string, simulatorUrl: string, workers: number): Promise<QueuedRunResult> {
  const url = await createDatabase(`bench_${name}`);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, SIMULATOR_BASE_URL: simulatorUrl, REALITYCHECK_DATABASE_URL: url };
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, Array.from({ length: count }, (_, i) => JSON.stringify({ id: `q${i}`, input: `Item ${i}: what is ${i} plus 2? End with ANSWER: <number>.`, expected: String(i + 2) })).join("\n") + "\n");
  await cli(["run", "dataset", "--file", file, "--scorer", "numeric", "--model", model, "--queue", "--concurrency", String(WORKER_CAPACITY)], env);
  const cpu = await Promise.all(Array.from({ length: workers }, () => cli(["worker", "--capacity", String(WORKER_CAPACITY), "--exit-when-idle", "2"], env)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ends = (await client.query<{ started_at: number; ended_at: number }>("SELECT started_at::float8 AS started_at, ended_at::float8 AS ended_at FROM attempts ORDER BY ended_at")).rows;
    const done = Number((await client.query("SELECT count(*) AS n FROM samples")).rows[0].n);
    const first = Math.min(...ends.map((a) => a.started_at));
    const settled = ends.filter((a) => a.ended_at > ends[0]!.ended_at + SETTLE_MS);
    const steadyMinutes = settled.length > 1 ? (settled.at(-1)!.ended_at - settled[0]!.ended_at) / 60_000 : 0;
    return { done, spanMs: ends.at(-1)!.ended_at - first, steadyPerMinute: steadyMinutes > 0 ? (settled.length - 1) / steadyMinutes : 0, cpuMs: cpu.reduce((a, b) => a + b, 0) };
  } finally {
    await client.end();
  }
}

/** CPU (ms) of one worker that finds the queue empty: its fixed cost. */
async function workerCpu(name: string): Promise<number> {
  const url = await createDatabase(name);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, REALITYCHECK_DATABASE_URL: url };
  await cli(["worker", "--exit-when-idle", "0"], env);
  return cli(["worker", "--exit-when-idle", "0"], env);
}

/** samples/s of the store's writeBatch alone: one sample per transaction, and 64 (a worker's group commit). */
async function storeWriteRates(): Promise<string[][]> {
  const store = await openPostgresStore(await createDatabase("bench_writes"));
  const rows: string[][] = [];
  try {
    for (const perBatch of [1, 64]) {
      const runId = `writes-${perBatch}`;
      const n = perBatch === 1 ? 2000 : 20_000;
      await store.createRun(fixtureRun(runId, ["target"], n));
      const writes = Array.from({ length: n }, (_, i) => {
        const key = { targetId: "target", taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial: 1 };
        return sampleWrite(runId, fixtureOutcome(key), fixtureAttempt(key, 1));
      });
      const start = performance.now();
      for (let i = 0; i < n; i += perBatch) await store.writeBatch(writes.slice(i, i + perBatch));
      rows.push([`${perBatch} per batch`, grouped(n / ((performance.now() - start) / 1000))]);
    }
  } finally {
    await store.close();
  }
  return rows;
}

async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Runs the CLI to its end under bash, whose `times` prints the CPU its children used (node's own accounting cannot see
 * another process's); resolves that CPU in ms, or rejects with the command's last line of stderr when it fails.
 */
function cli(args: string[], env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve, reject) => {
    const command = `"$0" "$@" >/dev/null && times`;
    const child = spawn("bash", ["-c", command, process.execPath, BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`realitycheck ${args[0]} exited with ${code}: ${stderr.trim().split("\n").at(-1)}`));
      // `times`: the shell's user and system time, then its children's: "0m1.250s 0m0.310s".
      const children = stdout.trim().split("\n").at(-1)!.split(/\s+/).map(toMs);
      resolve(children.reduce((a, b) => a + b, 0));
    });
  });
}

function toMs(time: string): number {
  const match = /^(\d+)m([\d.]+)s$/.exec(time);
  return match ? (Number(match[1]) * 60 + Number(match[2])) * 1000 : 0;
}
