// Every command a user types, unchanged, against a PostgreSQL store (REALITYCHECK_DATABASE_URL): run, resume, runs,
// show, export, report, compare, verify and view (on 0.0.0.0, still behind its token); and migrate copying the demo's
// SQLite run into PostgreSQL, after which show and report print the same numbers from both.

import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { fixturePath } from "../src/test-support/fixture-path.ts";
import { freshDatabase, SKIP_POSTGRES } from "../src/test-support/postgres-test-database.ts";
import { BIN } from "../src/test-support/run-cli.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const QA = fixturePath("datasets", "qa.jsonl");
const runArgs = ["dataset", "--file", QA, "--scorer", "includes", "--group-by", "lang", "--model", "simulator:honest@host-a", "--model", "simulator:spanish-wrong@host-b"];

describe.skipIf(SKIP_POSTGRES)("the CLI on a PostgreSQL store", () => {
  let simulator: SimulatorHandle;
  let cwd: string;
  let url: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, profiles: { "spanish-wrong": { extends: "honest", languages: { es: { accuracy: 0 } } } } });
    cwd = tempDir();
    url = await freshDatabase();
    env = { SIMULATOR_BASE_URL: simulator.url, REALITYCHECK_DATABASE_URL: url };
  });
  afterAll(() => simulator.close());

  it("runs, resumes after a budget stop, lists who started it, shows, exports, reports and compares", async () => {
    const stopped = await runMain(["run", ...runArgs, "--max-requests", "5", "--concurrency", "1"], { cwd, env });
    expect(stopped.code, stopped.stderr).toBe(1);
    expect(stopped.stdout).toContain(`results: ${url} (run `);
    const resumed = await runMain(["resume", "last", "--max-requests", "1000"], { cwd, env });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/^samples {2,}(\d+)\/\1 {2,}\1\/\1$/m);

    const runs = await runMain(["runs"], { cwd, env });
    // A run's line wraps at 120 columns, its continuation indented: read it whole.
    expect(runs.stdout.replace(/\n {4}/g, " ")).toMatch(/completed .* dataset × simulator:honest@host-a, simulator:spanish-wrong@host-b \[simulated\] +by \S+@\S+/);
    const show = await runMain(["show", "last"], { cwd, env });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/^dataset {2,}honest@host-a/m);
    expect((await runMain(["show", "last", "--full"], { cwd, env })).stdout).toMatch(/^lang=es {2,}0\.000 \[/m);

    const csv = await runMain(["export", "last", "--format", "csv", "--out", "samples.csv"], { cwd, env });
    expect(csv.code, csv.stderr).toBe(0);
    expect(readFileSync(join(cwd, "samples.csv"), "utf8").trimEnd().split("\r\n").length).toBeGreaterThan(10);
    const report = await runMain(["report", "last"], { cwd, env });
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain(join(cwd, ".realitycheck", "reports"));

    const compare = await runMain(["compare", "last"], { cwd, env });
    expect(compare.code, compare.stderr).toBe(0);
    expect(compare.stdout).toContain("simulator:spanish-wrong@host-b");
  });

  it("verifies a claim set into the shared store", async () => {
    writeFileSync(join(cwd, "claims.yaml"), "name: sim\nsubject: { model: simulator }\nclaims:\n  - { id: no-emoji, kind: style, statement: No emoji., metric: emoji_per_1k, comparison: \"<=\", threshold: 0 }\n");
    const result = await runMain(["verify", "--claims", "claims.yaml", "--model", "simulator:honest@c"], { cwd, env });
    expect(result.code, result.stderr).toBe(0);
    // Answers without emoji never show there will be none (no interval from values that never vary), as on SQLite.
    expect(result.stdout).toMatch(/no-emoji .*simulator:honest@c.*inconclusive/);
    const runs = await runMain(["runs"], { cwd, env });
    expect(runs.stdout.replace(/\n {4}/g, " ")).toMatch(/riddles × simulator:honest@c \[simulated\]/);
  });

  it("serves the dashboard on 0.0.0.0 only with its token, listing who started each run", async () => {
    const child = spawn(process.execPath, [BIN, "view", "--host", "0.0.0.0", "--port", "0"], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          out += chunk;
          const found = /dashboard: (\S+)/.exec(out)?.[1];
          if (found) resolve(found);
        });
        child.on("exit", (code) => reject(new Error(`view exited (${code})`)));
      });
      const link = new URL(address);
      const token = link.searchParams.get("token")!;
      const api = `http://127.0.0.1:${link.port}/api/runs`;
      expect((await fetch(api)).status).toBe(401);
      const runs = (await (await fetch(api, { headers: { authorization: `Bearer ${token}` } })).json()) as { runs: { origin?: { user: string; host: string } }[] };
      expect(runs.runs.length).toBeGreaterThan(0);
      expect(runs.runs[0]!.origin?.host).toBeTruthy();
    } finally {
      child.kill("SIGINT");
    }
  });

  it("migrates the demo's SQLite run into PostgreSQL: show and report print the same numbers from both", async () => {
    const dir = tempDir();
    const target = await freshDatabase();
    const demo = await runMain(["demo", "--db", "local.db"], { cwd: dir, env: {} });
    expect(demo.code, demo.stderr).toBe(0);
    const migrated = await runMain(["migrate", "--from", "local.db", "--to", target], { cwd: dir, env: {} });
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/copied 1 run\(s\) and \d+ probe\(s\) .*; sample, attempt and request counts match/);
    // The demo's judges and context probes asked through its pipeline: their requests are copied too.
    expect(migrated.stderr).toMatch(/: [1-9]\d* samples, [1-9]\d* attempts, [1-9]\d* judge, probe and calibration requests copied/);
    const again = await runMain(["migrate", "--from", "local.db", "--to", target], { cwd: dir, env: {} });
    expect(again.stderr).toMatch(/: 0 samples, 0 attempts, 0 judge, probe and calibration requests copied/);

    const fromSqlite = await runMain(["show", "last", "--db", "local.db"], { cwd: dir, env: {} });
    const fromPostgres = await runMain(["show", "last", "--db", target], { cwd: dir, env: {} });
    expect(fromSqlite.code, fromSqlite.stderr).toBe(0);
    expect(fromPostgres.stdout).toBe(fromSqlite.stdout);
    const mdSqlite = await runMain(["report", "last", "--format", "md", "--db", "local.db", "--out", "a.md"], { cwd: dir, env: {} });
    const mdPostgres = await runMain(["report", "last", "--format", "md", "--db", target, "--out", "b.md"], { cwd: dir, env: {} });
    expect(mdSqlite.code, mdSqlite.stderr).toBe(0);
    expect(mdPostgres.code, mdPostgres.stderr).toBe(0);
    expect(readFileSync(join(dir, "b.md"), "utf8")).toBe(readFileSync(join(dir, "a.md"), "utf8"));
  });
});
