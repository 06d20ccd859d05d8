// `realitycheck report` end to end: a run stored by the real session against the simulator, whose model answers with
// planted script tags, event handlers and Markdown links, written as HTML, Markdown, JSON and CSV.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCommand } from "../src/cli/commands/report.ts";
import type { CommandIO } from "../src/cli/command.ts";
import { openStore } from "../src/cli/open-store.ts";
import { collect } from "../src/core/collect.ts";
import type { RunSpec } from "../src/core/run-spec.ts";
import { buildGrid } from "../src/metrics/niah-grid.ts";
import { cellText } from "../src/reports/heatmap-cells.ts";
import { outsideFences, PLANTED, PLANTED_ITEMS, PLANTED_PROFILES } from "../src/test-support/report-fixtures.ts";
import { prepareRun, startRun } from "../src/runner/run-session.ts";
import { startSimulator, type SimulatorHandle } from "../src/simulator/server.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const TARGET = "simulator:planted@a";
let simulator: SimulatorHandle;
let cwd: string;
let runId: string;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, profiles: PLANTED_PROFILES });
  cwd = tempDir();
  const file = join(cwd, "planted.jsonl");
  writeFileSync(file, PLANTED_ITEMS.map((item) => JSON.stringify({ id: item.id, input: item.input, expected: item.expected, lang: "en" })).join("\n"));
  const spec: RunSpec = {
    version: 1,
    seed: 5,
    trials: 2,
    tasks: [
      { family: "niah", options: { lengths: "1k,2k,4k", depths: "0,50,100" } },
      { family: "dataset", options: { file, scorer: "includes" } },
    ],
    targets: [{ id: TARGET, provider: "simulator", model: "planted@a", settings: {}, stream: true, simulated: true }],
    execution: { timeoutMs: 30_000, maxAttempts: 3, cache: false, budget: {} },
  };
  const env = { SIMULATOR_BASE_URL: simulator.url };
  const opened = await openStore(join(cwd, ".realitycheck", "results.db"));
  try {
    const prepared = await prepareRun(spec, { config: {}, env, cwd });
    runId = (await startRun(prepared, { config: {}, env, cwd, store: opened.store, onEvent: () => {} })).runId;
  } finally {
    await opened.close();
  }
});
afterAll(() => simulator.close());

async function report(...args: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let text = "";
  stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const io: CommandIO = { stdout, stderr: new PassThrough(), env: {}, cwd, signal: new AbortController().signal };
  const values: Record<string, string> = {};
  for (let i = 1; i < args.length; i += 2) values[args[i]!.replace(/^--/, "")] = args[i + 1]!;
  const code = await reportCommand.run({ values, positionals: [args[0]!] }, io);
  return { code, stdout: text };
}

async function storedNiahGrid() {
  const opened = await openStore(join(cwd, ".realitycheck", "results.db"), { mustExist: true });
  try {
    return buildGrid(await collect(opened.store.samples(runId, { targetId: TARGET, taskId: "niah" })), "niah");
  } finally {
    await opened.close();
  }
}

describe("realitycheck report", () => {
  it("writes a self-contained HTML report where planted model output is data, never markup", async () => {
    const result = await report("last", "--format", "html");
    const path = join(cwd, ".realitycheck", "reports", `${runId}.html`);
    expect(result).toEqual({ code: 0, stdout: `wrote ${path}\n` });
    const html = readFileSync(path, "utf8");
    const block = /<script type="application\/json" id="rc-data">([^<]*)<\/script>/.exec(html);
    const data = JSON.parse(block![1]!) as { transcripts: { itemId: string; response?: string }[] };
    expect(data.transcripts.find((t) => t.itemId === "planted")?.response).toContain(PLANTED);
    const markup = html.replace(block![0], "");
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<\/script><script>alert/i);
    expect(markup).not.toMatch(/alert\(|onerror|javascript:|https?:\/\//);
    expect([...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].every((m) => m[1]!.startsWith("#"))).toBe(true);
    expect(html).toContain("id=\"simulated-banner\"");
  });

  it("writes heatmap cells equal to the stored results", async () => {
    const html = readFileSync(join(cwd, ".realitycheck", "reports", `${runId}.html`), "utf8");
    const grid = await storedNiahGrid();
    const cells = new Map([...html.matchAll(/data-length="(\d+)" data-depth="([\d.]+)"><title>[^<]*<\/title><rect[^>]*><\/rect><text[^>]*>([^<]*)<\/text>/g)].map((m) => [`${m[1]}/${m[2]}`, m[3]]));
    expect(cells.size).toBe(grid.lengths.length * grid.depths.length);
    for (const [l, length] of grid.lengths.entries()) {
      for (const [d, depth] of grid.depths.entries()) expect(cells.get(`${length}/${depth}`)).toBe(cellText(grid.cells[l]?.[d]));
    }
    expect(new Set(cells.values()).size).toBeGreaterThan(1);
  });

  it("writes the Markdown write-up with model output fenced and the heatmap's numbers", async () => {
    const out = join(cwd, "writeup.md");
    expect(await report(runId.slice(0, 12), "--format", "md", "--out", "writeup.md")).toEqual({ code: 0, stdout: `wrote ${out}\n` });
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`ANSWER: Lyon ${PLANTED}`);
    expect(outsideFences(text)).not.toMatch(/<script|<img|alert\(|(^|[^\\])\]\(/);
    expect(text).toMatch(/^> \*\*Simulated results\.\*\*/m);
    const grid = await storedNiahGrid();
    const all = grid.byLength.map((cell) => `**${cellText(cell)}**`).join(" | ");
    expect(text).toContain(`| **all** | ${all} |`);
    for (const heading of ["## In short", "## Reality check", "## Information retrieval", "## Other tasks", "## Style and pathology", "## Final thoughts"]) expect(text).toContain(`\n${heading}\n`);
  });

  it("writes JSON and CSV exports of every sample", async () => {
    expect((await report("last", "--format", "json")).code).toBe(0);
    const json = JSON.parse(readFileSync(join(cwd, ".realitycheck", "reports", `${runId}.json`), "utf8")) as { run: { id: string }; samples: unknown[] };
    expect(json.run.id).toBe(runId);
    expect(json.samples).toHaveLength(9 * 2 + 2 * 2);
    expect((await report("last", "--format", "csv")).code).toBe(0);
    const csv = readFileSync(join(cwd, ".realitycheck", "reports", `${runId}.csv`), "utf8");
    expect(csv.split("\r\n")[0]).toContain("run_id,target,simulated,task,item_id,trial,status");
  });

  it("rejects an unknown format, and leaves nothing behind when the file cannot be written", async () => {
    await expect(report("last", "--format", "pdf")).rejects.toMatchObject({ kind: "config_error", where: "--format" });
    // A directory where the report should go: the whole report is written, then the rename fails.
    mkdirSync(join(cwd, "blocked", "report.html", "inside"), { recursive: true });
    await expect(report("last", "--format", "html", "--out", "blocked/report.html")).rejects.toMatchObject({ kind: "config_error", where: join(cwd, "blocked", "report.html") });
    expect(readdirSync(join(cwd, "blocked"))).toEqual(["report.html"]);
    await expect(report("last", "--format", "md", "--out", "missing/writeup.md")).rejects.toMatchObject({ kind: "config_error" });
    expect(existsSync(join(cwd, "missing"))).toBe(false);
  });
});
