// A run spread over worker processes through the PostgreSQL job queue: `run --queue` stores it and queues its samples,
// three `worker` processes (real executables) ask them against the simulator. Every sample ends stored and scored
// exactly once, the simulator answers as many requests as there are stored attempts plus the one check `run` makes of
// its target before queueing, and a worker killed with SIGKILL mid-run loses nothing and duplicates nothing: its jobs
// are taken over once their leases lapse.

import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../src/core/random.ts";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { freshDatabase, SKIP_POSTGRES } from "../src/test-support/postgres-test-database.ts";
import { runCli, type CliResult } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const CAPACITY = 16;
const MAX_ATTEMPTS = 10;

function writeDataset(dir: string, count: number): string {
  const random = seededRandom(11);
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) {
    const a = 10 + Math.floor(random() * 900);
    const b = 2 + Math.floor(random() * 90);
    lines.push(JSON.stringify({ id: `q${i}`, input: `Item ${i}: what is ${a} plus ${b}? End with ANSWER: <number>.`, expected: String(a + b) }));
  }
  const file = join(dir, `items-${count}.jsonl`);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

interface StoredCounts {
  samples: number;
  distinctSamples: number;
  done: number;
  unscored: number;
  attempts: number;
  distinctAttempts: number;
  /** Samples whose attempts are not numbered 1..n without a gap. */
  gapped: number;
}

async function storedCounts(url: string, runId: string): Promise<StoredCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number(Object.values((await client.query(sql, [runId])).rows[0] as object)[0]);
    return {
      samples: await one("SELECT count(*) FROM samples WHERE run_id = $1"),
      distinctSamples: await one("SELECT count(DISTINCT (target_id, task_id, item_id, trial)) FROM samples WHERE run_id = $1"),
      done: await one("SELECT count(*) FROM samples WHERE run_id = $1 AND status = 'done'"),
      unscored: await one("SELECT count(*) FROM samples s WHERE run_id = $1 AND NOT EXISTS (SELECT 1 FROM scores c WHERE c.run_id = s.run_id AND c.target_id = s.target_id AND c.task_id = s.task_id AND c.item_id = s.item_id AND c.trial = s.trial)"),
      attempts: await one("SELECT count(*) FROM attempts WHERE run_id = $1"),
      distinctAttempts: await one("SELECT count(DISTINCT (target_id, task_id, item_id, trial, attempt)) FROM attempts WHERE run_id = $1"),
      gapped: await one("SELECT count(*) FROM (SELECT max(attempt) AS last, count(*) AS n FROM attempts WHERE run_id = $1 GROUP BY target_id, task_id, item_id, trial) a WHERE last <> n"),
    };
  } finally {
    await client.end();
  }
}

/** The pid the run's lease names. */
async function leaseHolder(url: string, runId: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const row = (await client.query("SELECT pid FROM run_leases WHERE run_id = $1", [runId])).rows[0] as { pid: number } | undefined;
    return row?.pid;
  } finally {
    await client.end();
  }
}

/** Polls the store until `condition` holds of the run's stored samples and status. */
async function waitFor(url: string, runId: string, condition: (stored: number, status: string) => boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (;;) {
      const stored = Number((await client.query("SELECT count(*) AS n FROM samples WHERE run_id = $1", [runId])).rows[0].n);
      const status = String((await client.query("SELECT status FROM runs WHERE id = $1", [runId])).rows[0].status);
      if (condition(stored, status)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

describe.skipIf(SKIP_POSTGRES)("a queued run over three worker processes", () => {
  let simulator: SimulatorHandle;
  let cwd: string;
  beforeAll(async () => {
    // Some 429s, 5xx and dropped connections, so samples take several attempts and the count of attempts means something.
    simulator = await startSimulator({ port: 0, seed: 3, profiles: { "queue-test": { extends: "honest", latencyMs: 5, rateLimitRate: 0.04, serverErrorRate: 0.04, dropRate: 0.01 } } });
    cwd = tempDir();
  });
  afterAll(() => simulator.close());

  async function queueRun(url: string, items: number, model: string): Promise<string> {
    const env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_DATABASE_URL: url };
    const queued = await runMain(["run", "dataset", "--file", writeDataset(cwd, items), "--scorer", "numeric", "--model", model, "--queue", "--max-attempts", String(MAX_ATTEMPTS)], { cwd, env });
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toMatch(new RegExp(`^run \\S+: ${items} samples queued in ${url.replace(/[/.?]/g, "\\$&")}`, "m"));
    return /^run (\S+):/m.exec(queued.stdout)![1]!;
  }

  function startWorkers(url: string, count: number, extra: string[] = []): { exits: Promise<CliResult>[]; children: ChildProcess[] } {
    const env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_DATABASE_URL: url };
    const children: ChildProcess[] = [];
    const exits = Array.from({ length: count }, () => runCli(["worker", "--capacity", String(CAPACITY), ...extra], { cwd, env, onSpawn: (child) => children.push(child) }));
    return { exits, children };
  }

  it("asks a 2,000-sample run once each: every sample scored exactly once, the simulator's requests the stored attempts plus run's check", async () => {
    const url = await freshDatabase();
    const runId = await queueRun(url, 2000, "simulator:queue-test@whole");
    const { exits } = startWorkers(url, 3, ["--exit-when-idle", "3"]);
    const results = await Promise.all(exits);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const done = results.map((result) => Number(/^worker: (\d+) samples stored, (\d+) stored as errors/m.exec(result.stdout)?.[1]));
    expect(done.every((n) => n > 0)).toBe(true);
    expect(done.reduce((a, b) => a + b, 0)).toBe(2000);

    const counts = await storedCounts(url, runId);
    expect(counts).toMatchObject({ samples: 2000, distinctSamples: 2000, done: 2000, unscored: 0, gapped: 0 });
    expect(counts.distinctAttempts).toBe(counts.attempts);
    expect(counts.attempts).toBeGreaterThan(2000);
    // Every request is a stored attempt, and one more: the check `run` makes of each target before it queues anything.
    expect(simulator.stats().byModel["queue-test@whole"]).toBe(counts.attempts + 1);

    const show = await runMain(["show", runId], { cwd, env: { REALITYCHECK_DATABASE_URL: url } });
    expect(show.stdout).toContain(`run ${runId}  status completed`);
    expect(show.stdout).toMatch(/^samples +2000\/2000 *$/m);
  });

  it("loses and duplicates nothing when a worker is killed with SIGKILL mid-run: its jobs go to the others", async () => {
    const url = await freshDatabase();
    const runId = await queueRun(url, 1000, "simulator:queue-test@killed");
    const { exits, children } = startWorkers(url, 3);
    await waitFor(url, runId, (stored) => stored >= 300);
    // The worker the run's shared lease names (the last to join it) is the one killed: a resume on this machine must
    // still see the run as held by the others.
    const holder = await leaseHolder(url, runId);
    const victim = children.findIndex((child) => child.pid === holder);
    expect(victim).toBeGreaterThanOrEqual(0);
    children[victim]!.kill("SIGKILL");
    // Progress shows while the workers run.
    const during = await runMain(["show", runId], { cwd, env: { REALITYCHECK_DATABASE_URL: url } });
    expect(during.stdout).toContain(`run ${runId}  status running`);
    expect(Number(/^samples +(\d+)\/1000/m.exec(during.stdout)?.[1])).toBeGreaterThanOrEqual(300);
    // The workers hold the run's lease together: a resume elsewhere is refused while they work.
    const resume = await runMain(["resume", runId, "--skip-preflight"], { cwd, env: { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_DATABASE_URL: url } });
    expect(resume.code).not.toBe(0);
    expect(resume.stderr).toMatch(/is being run by pid \d+ on /);
    await waitFor(url, runId, (_, status) => status === "completed");
    for (const child of children) if (child !== children[victim]) child.kill("SIGINT");
    const results = await Promise.all(exits);
    const killed = results[victim]!;
    expect(killed.signal).toBe("SIGKILL");
    for (const result of results) if (result !== killed) expect(result.code, result.stderr).toBe(130);

    const counts = await storedCounts(url, runId);
    expect(counts).toMatchObject({ samples: 1000, distinctSamples: 1000, done: 1000, unscored: 0, gapped: 0 });
    expect(counts.distinctAttempts).toBe(counts.attempts);
    // The killed worker's jobs were given out again once their leases lapsed.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const retried = Number((await client.query("SELECT count(*) AS n FROM realitycheck_queue.job WHERE retry_count > 0")).rows[0].n);
    await client.end();
    expect(retried).toBeGreaterThan(0);
    expect(retried).toBeLessThanOrEqual(CAPACITY);
    // Besides the check before queueing, only the killed worker's jobs have requests that were answered but never
    // stored: the one in flight, and failed attempts not yet committed (at most the run's 10 attempts per job).
    const requests = simulator.stats().byModel["queue-test@killed"]!;
    const unstored = requests - 1 - counts.attempts;
    expect(unstored).toBeGreaterThanOrEqual(0);
    expect(unstored).toBeLessThanOrEqual(retried * MAX_ATTEMPTS);
  });

  it("fails a queued run for every worker when a target refuses every request, dropping its waiting jobs", async () => {
    // A host that refuses the key on every request: the circuit breaker stops the target after its first samples.
    const refusing = createServer((request, response) => {
      request.resume().on("end", () => response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" } })));
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    try {
      const url = await freshDatabase();
      const env = { VLLM_BASE_URL: `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/v1`, VLLM_API_KEY: "sk-test-refused", REALITYCHECK_DATABASE_URL: url };
      const queued = await runMain(["run", "dataset", "--file", writeDataset(cwd, 200), "--scorer", "numeric", "--model", "vllm:m", "--queue", "--skip-preflight"], { cwd, env });
      expect(queued.code, queued.stderr).toBe(0);
      const runId = /^run (\S+):/m.exec(queued.stdout)![1]!;
      const worker = await runMain(["worker", "--exit-when-idle", "1"], { cwd, env });
      expect(worker.code, worker.stderr).toBe(0);
      expect(worker.stderr).toMatch(new RegExp(`run ${runId} failed: target vllm:m is failing \\(.*\\); \\d+ waiting jobs dropped; fix it and \`realitycheck resume ${runId}\``));
      const show = await runMain(["show", runId], { cwd, env });
      expect(show.stdout).toContain(`run ${runId}  status failed`);
      expect(show.stdout).not.toContain("sk-test-refused");
    } finally {
      refusing.close();
    }
  });

  it("scrubs the key a worker sends from everything it stores, even from a host that echoes it bare", async () => {
    // A careless host that quotes the key it was sent in every answer, without the "Bearer" that would give it away.
    const echo = createServer((request, response) => {
      const sent = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
      request.resume().on("end", () => {
        const text = `Your key is ${sent}. ANSWER: 4`;
        const body = { id: "c", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 } };
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
    try {
      const url = await freshDatabase();
      const planted = "sk-planted-queue-0123456789abcdefghijkl";
      const env = { VLLM_BASE_URL: `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`, VLLM_API_KEY: planted, REALITYCHECK_DATABASE_URL: url };
      const queued = await runMain(["run", "dataset", "--file", writeDataset(cwd, 20), "--scorer", "numeric", "--model", "vllm:m", "--no-stream", "--queue"], { cwd, env });
      expect(queued.code, queued.stderr).toBe(0);
      const worker = await runMain(["worker", "--exit-when-idle", "1"], { cwd, env });
      expect(worker.code, worker.stderr).toBe(0);
      expect(worker.stdout).toContain("worker: 20 samples stored");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const stored = (await client.query("SELECT (SELECT string_agg(response_text, ' ') FROM samples) || (SELECT string_agg(coalesce(response_text, '') || request_json, ' ') FROM attempts) AS text")).rows[0].text as string;
      await client.end();
      expect(stored).toContain("Your key is [redacted]");
      expect(stored).not.toContain(planted);
    } finally {
      echo.close();
    }
  });
});
