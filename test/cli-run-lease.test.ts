// One run, one runner: a second `resume` of a run another process is executing is refused with that process's pid and
// host and sends nothing; a run whose process was killed -9 reads as interrupted (process gone) in runs, show and the
// dashboard once its lease lapses, and resume takes it over.

import type { ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardServer } from "../src/server/server.ts";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { runCli } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

let simulator: SimulatorHandle;
beforeAll(async () => {
  // The delay is a floor on each session's length, so a slow machine only makes it longer.
  simulator = await startSimulator({ port: 0, profiles: { paced: { extends: "honest", latencyMs: 100 } } });
});
afterAll(() => simulator.close());

const dataset = ["dataset", "--file", fixturePath("datasets", "qa.jsonl"), "--scorer", "includes", "--trials", "4", "--concurrency", "2", "--model", "simulator:paced"];

/** No sample has an attempt number twice or a gap, and the host saw exactly one request per stored attempt. */
async function attemptsAreWhole(dbPath: string, runId: string): Promise<number> {
  const store = await openRunStore(dbPath);
  for await (const sample of store.samples(runId)) {
    const numbers = (await store.attemptsFor(runId, sample)).map((a) => a.attempt);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  }
  const attempts = await store.countAttempts(runId);
  await store.close();
  return attempts;
}

describe("run lease", () => {
  it("refuses a second resume while the first runs it, naming its pid and host, and no attempt is asked twice", async () => {
    const cwd = tempDir();
    const env = { SIMULATOR_BASE_URL: simulator.url };
    const dbPath = join(cwd, ".realitycheck", "results.db");
    const started = await runMain(["run", ...dataset, "--max-requests", "2"], { cwd, env });
    expect(started.stdout).toContain("status budget_exhausted");
    const runId = /\(run ([\w-]+)\)/.exec(started.stdout)![1]!;
    const requestsBefore = simulator.stats().requests;
    const attemptsBefore = await attemptsAreWhole(dbPath, runId);

    let second: Promise<Awaited<ReturnType<typeof runMain>>> | undefined;
    const first = runMain(["resume", runId, "--max-requests", "1000"], {
      cwd,
      env,
      // Once the first session has started asking, a second one tries the same run.
      onStderr: (text) => {
        if (!second && /^run [\w-]+ \(resumed\)/m.test(text)) second = runMain(["resume", runId, "--max-requests", "1000"], { cwd, env });
      },
    });
    const firstResult = await first;
    const secondResult = await second!;
    expect(secondResult.code).toBe(1);
    expect(secondResult.stderr).toMatch(new RegExp(`^realitycheck resume: run ${runId} is being run by pid ${process.pid} on ${hostname().replace(/[.]/g, "\\.")} \\(last heartbeat \\d+ s ago\\); wait for it, or stop that process`));
    expect(secondResult.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(secondResult.stdout).toBe("");
    expect(firstResult.code, firstResult.stderr).toBe(0);
    expect(firstResult.stdout).toContain("status completed");

    // The host saw the first session's one-request check and one request per stored attempt; nothing from the second.
    const attempts = await attemptsAreWhole(dbPath, runId);
    expect(simulator.stats().requests - requestsBefore).toBe(1 + attempts - attemptsBefore);
    const store = await openRunStore(dbPath);
    const [finished] = await store.listRuns(1);
    expect(finished!.status).toBe("completed");
    expect(finished!.done + finished!.errors).toBe(24);
    expect(await store.getLease(runId)).toBeUndefined();
    await store.close();
  });

  it("after kill -9, shows the run interrupted (process gone) once its lease lapses, and resume takes it over", async () => {
    const cwd = tempDir();
    const dbPath = join(cwd, ".realitycheck", "results.db");
    // A two-second lease, renewed every two thirds of a second.
    const env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_LEASE_SECONDS: "2" };
    const killed = await runCli(["run", ...dataset], {
      cwd,
      env,
      onSpawn: (child: ChildProcess) => {
        let seen = "";
        child.stderr!.on("data", (chunk: Buffer) => {
          seen += chunk.toString();
          if (!/^run [\w-]+/m.test(seen) || seen.includes("\u0000")) return;
          seen += "\u0000";
          const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
          const count = reader.prepare("SELECT count(*) AS n FROM samples");
          const poll = setInterval(() => {
            if ((count.get() as { n: number }).n < 3) return;
            clearInterval(poll);
            reader.close();
            child.kill("SIGKILL");
          }, 5);
        });
      },
    });
    expect(killed.signal).toBe("SIGKILL");

    let store = await openRunStore(dbPath);
    const [run] = await store.listRuns(1);
    const lease = (await store.getLease(run!.id))!;
    await store.close();
    expect(run!.status).toBe("running");
    expect(lease.expiresAt - lease.heartbeatAt).toBe(2000);

    // Read on clocks just inside and just past the lease: running, then gone.
    const at = (ms: number) => ({ now: () => ms, sleep: async () => undefined });
    const live = await runMain(["runs"], { cwd, env, clock: at(lease.expiresAt - 1) });
    expect(live.stdout).toMatch(new RegExp(`^${run!.id} .* running +\\d+ done`, "m"));
    const gone = await runMain(["runs"], { cwd, env, clock: at(lease.expiresAt) });
    expect(gone.stdout).toMatch(new RegExp(`^${run!.id} .* interrupted \\(process gone\\) \\d+ done`, "m"));
    const shown = await runMain(["show", run!.id], { cwd, env, clock: at(lease.expiresAt) });
    expect(shown.stdout).toContain(`run ${run!.id}  status interrupted (process gone)`);
    const dashboard = await createDashboardServer({ dbPath, port: 0, cwd, clock: at(lease.expiresAt) });
    try {
      const listed = (await (await fetch(`${dashboard.url}api/runs`)).json()) as { runs: { id: string; status: string }[] };
      expect(listed.runs).toEqual([expect.objectContaining({ id: run!.id, status: "process_gone" })]);
      const overview = (await (await fetch(`${dashboard.url}api/runs/${run!.id}`)).json()) as { run: { status: string } };
      expect(overview.run.status).toBe("process_gone");
    } finally {
      await dashboard.close();
    }

    // On the real clock too, within the lease's two seconds of the last heartbeat.
    let plain = "";
    while (!plain.includes("interrupted (process gone)")) plain = (await runMain(["runs"], { cwd, env })).stdout;

    // The killed process was on this machine and is gone: resume takes its run over.
    const resumed = await runMain(["resume", run!.id], { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("status completed");
    store = await openRunStore(dbPath);
    const [finished] = await store.listRuns(1);
    expect(finished!.status).toBe("completed");
    expect(finished!.done + finished!.errors).toBe(24);
    await store.close();
  });
});
