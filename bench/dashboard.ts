// Dashboard benchmark: writes a stored run of 100,000 samples straight into SQLite, stops it and stores its summary as
// a run's end does, serves it with `view`'s server in a child process, then times the run page's API calls one by one
// (the overview must come from the stored summary, not a scan of the rows), the transcript page's and the matrix page's,
// and pages through every sample, printing the server's RSS as it goes. Last, on a fresh server, it loads the pages in
// Chromium when it is installed, with the run page's timeline: when each request went out and came back, and when
// the page showed its family metrics and findings (main[data-ready=true]).
// With --demo it then runs `realitycheck demo` (or reads the results file given) and times the demo run's first
// meaningful paint on a cold server: the run page in Chromium until its family metrics are drawn.
// Run: npx tsx bench/dashboard.ts [--pages-every 250] [--demo [results.db] | --only-demo [results.db]]
// The server child is this file again (`serve <db>`, with --expose-gc): it prints its URL, then answers each stdin
// line with its process.memoryUsage() after a full GC as one JSON line, and exits when stdin closes.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { Page } from "playwright-core";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { RunSpec } from "../src/core/run-spec.ts";
import type { TargetSpec } from "../src/core/target.ts";
import { niahItems } from "../src/families/niah/niah-items.ts";
import { niahOptionsSchema } from "../src/families/niah/niah-options.ts";
import { loadRunMetrics } from "../src/runner/run-metrics.ts";
import type { RunOverview } from "../src/server/api/runs-api.ts";
import { createDashboardServer } from "../src/server/server.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { INSERT_ATTEMPT, INSERT_SAMPLE, INSERT_SCORE } from "../src/storage/sqlite/insert-values.ts";
import { openDatabase } from "../src/storage/sqlite/open-database.ts";
import { SqliteRunStore } from "../src/storage/sqlite/sqlite-run-store.ts";

const RUN_ID = "bench-100k";
const TRIALS = 10;
const QA_ITEMS = 4_975;
const TARGETS = ["simulator:honest@host-a", "simulator:spanish-flip@host-b"];
const PAGE = 50;
const CHROMIUM = "/usr/bin/chromium";

/** Notes on the page's clock when each part is first marked ready. */
const MARK_READY = `
  window.benchMarks = {};
  new MutationObserver(() => {
    for (const selector of ["main[data-ready=true]", "#metrics[data-ready=true]", "#heatmaps-box[data-ready=true]"])
      if (window.benchMarks[selector] === undefined && document.querySelector(selector)) window.benchMarks[selector] = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });`;

const READ_TIMELINE = `({
  html: performance.getEntriesByType("navigation")[0].responseEnd,
  resources: performance.getEntriesByType("resource").map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, start: e.startTime, end: e.responseEnd })),
  marks: window.benchMarks,
})`;

if (process.argv[2] === "serve") await serve(process.argv[3]!);
else await main();

async function serve(dbPath: string): Promise<void> {
  const handle = await createDashboardServer({ dbPath, port: 0 });
  process.stdout.write(`${JSON.stringify({ url: handle.url })}\n`);
  const lines = createInterface({ input: process.stdin });
  lines.on("line", () => {
    (globalThis as { gc?: () => void }).gc?.();
    process.stdout.write(`${JSON.stringify(process.memoryUsage())}\n`);
  });
  lines.on("close", () => void handle.close().then(() => process.exit(0)));
}

async function main(): Promise<void> {
  console.log(`load average ${loadAverage()} on ${cpus().length} cores`);
  const onlyDemo = process.argv.includes("--only-demo");
  const demoArg = process.argv.findIndex((arg) => arg === "--demo" || arg === "--only-demo");
  if (!onlyDemo) await largeRun();
  if (demoArg > 0) {
    const given = process.argv[demoArg + 1];
    await demoFirstPaint(given !== undefined && !given.startsWith("--") ? given : undefined);
  }
}

async function largeRun(): Promise<void> {
  const everyArg = process.argv.indexOf("--pages-every");
  const every = everyArg > 0 ? Number(process.argv[everyArg + 1]) : 250;
  const dir = mkdtempSync(join(tmpdir(), "rc-bench-dashboard-"));
  const dbPath = join(dir, "results.db");
  let child: ChildProcess | undefined;
  try {
    const writeStart = performance.now();
    const samples = await writeRun(dbPath);
    console.log(`stored run ${RUN_ID}: ${samples.toLocaleString("en-US")} samples (+ attempts and scores) in ${seconds(writeStart)} s`);
    const summaryStart = performance.now();
    await stopAndSummarise(dbPath);
    console.log(`stopped and summarised as a run's end does (family metrics, style, counts, percentiles): ${seconds(summaryStart)} s`);

    const started = await startServer(dbPath);
    child = started.child;
    const memory = started.memory;
    const base = started.url.replace(/\/$/, "");
    console.log(`server after start: ${await memory()}`);

    const run = `${base}/api/runs/${RUN_ID}`;
    console.log("run page API, one by one on a fresh server, in the order the page asks (the first reads and parses the stored summary, the rest share it):");
    const overview = await timed("overview (counts, percentiles, scorer labels, errors)", () => getJson<RunOverview>(run));
    if (overview.value.aggregates !== "stored") throw new Error(`the overview was ${overview.value.aggregates}, not read from the stored summary: the bench would time the fallback`);
    const findings = await timed("findings (verdicts, probes, ratings)", () => getJson(`${run}/findings`));
    const metrics = await timed("family metrics (metrics?stored=1)", () => getJson<{ summaries: unknown[] | null }>(`${run}/metrics?stored=1`));
    if (metrics.value.summaries === null) throw new Error("the run has no stored summary: the bench would time the worker that summarises it");
    const heatmap = await timed("heatmaps", () => getJson(`${run}/heatmap`));
    console.log(`run page API total: ${(overview.ms + findings.ms + metrics.ms + heatmap.ms).toFixed(0)} ms (overview ${overview.value.aggregates} + findings + metrics + heatmaps)`);
    const facets = await timed("transcripts API: facets", () => getJson(`${run}/facets`));
    const first = await timed("transcripts API: first page of 50", () => getJson<SamplesPage>(`${run}/samples?limit=${PAGE}`));
    console.log(`transcripts page API total: ${(facets.ms + first.ms).toFixed(0)} ms (facets + first samples page)`);
    await timed("runs list", () => getJson(`${base}/api/runs`));
    const matrix = await timed("matrix API: first page of 100 items of qa (49,750 samples read)", () => getJson(`${run}/matrix?task=qa`));
    await timed("matrix API: items where the targets disagree (kept rows, filtered)", () => getJson(`${run}/matrix?task=qa&disagree=1`));
    await timed("matrix API: page at item 4,000", () => getJson(`${run}/matrix?task=qa&offset=4000`));
    console.log(`run page + matrix API total: ${(overview.ms + heatmap.ms + matrix.ms).toFixed(0)} ms`);
    await timed("search 'Lima' (first page)", () => getJson(`${run}/samples?q=Lima&limit=${PAGE}`));
    await timed("outcome=incorrect, language=es (first page)", () => getJson(`${run}/samples?outcome=incorrect&language=es&limit=${PAGE}`));
    await timed("search with no match (bounded scan)", () => getJson(`${run}/samples?q=zzzz-not-there&limit=${PAGE}`));

    console.log(`paging through every sample, ${PAGE} per page:`);
    const pagingStart = performance.now();
    let after: string | undefined;
    let pages = 0;
    let seen = 0;
    do {
      const page: SamplesPage = await getJson(`${run}/samples?limit=${PAGE}${after ? `&after=${after}` : ""}`);
      seen += page.samples.length;
      after = page.next;
      pages++;
      if (pages % every === 0 || !after) console.log(`  page ${String(pages).padStart(5)}  samples ${seen.toLocaleString("en-US").padStart(7)}  server ${await memory()}`);
    } while (after);
    const pagingSeconds = (performance.now() - pagingStart) / 1000;
    console.log(`paged ${seen.toLocaleString("en-US")} samples in ${pages} pages, ${pagingSeconds.toFixed(1)} s (${((pagingSeconds * 1000) / pages).toFixed(1)} ms/page)`);

    await timed("runs list again (headlines kept)", () => getJson(`${base}/api/runs`));
    console.log(`server at the end: ${await memory()}`);
    child.stdin?.end();
    await new Promise((resolve) => child!.once("exit", resolve));
    child = undefined;
    await browserLoad(dbPath);
  } finally {
    child?.stdin?.end();
    if (child) await new Promise((resolve) => child!.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The demo run's first meaningful paint: a fresh server process, the run page in Chromium until its verdicts and family metrics are drawn. */
async function demoFirstPaint(given: string | undefined): Promise<void> {
  const dir = given === undefined ? mkdtempSync(join(tmpdir(), "rc-bench-demo-")) : undefined;
  const dbPath = given ?? join(dir!, "results.db");
  let child: ChildProcess | undefined;
  try {
    if (dir) {
      const start = performance.now();
      const bin = new URL("../bin/realitycheck.js", import.meta.url).pathname;
      const demo = spawnSync(process.execPath, [bin, "demo", "--db", dbPath], { cwd: dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      if (demo.status !== 0) throw new Error(`demo failed (${demo.status}): ${demo.stderr.slice(-2000)}`);
      console.log(`demo run stored in ${seconds(start)} s`);
    }
    const store = await openRunStore(dbPath, { mustExist: true, readOnly: true });
    const [latest] = await store.listRuns(1);
    await store.close();
    if (!latest) throw new Error(`no run stored in ${dbPath}`);
    if (!existsSync(CHROMIUM)) return console.log(`(no ${CHROMIUM}: cannot time the demo run's page)`);
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
    try {
      const started = performance.now();
      const server = await startServer(dbPath);
      child = server.child;
      console.log(`demo run ${latest.id} (${latest.done.toLocaleString("en-US")} samples): a fresh server listening in ${(performance.now() - started).toFixed(0)} ms`);
      for (const when of ["cold", "again"]) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        console.log(`  Chromium, demo run page ${when}: ${await timeRunPage(page, `${server.url.replace(/\/$/, "")}/#/run/${latest.id}`)}`);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    child?.stdin?.end();
    if (child) await new Promise((resolve) => child!.once("exit", resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

interface SamplesPage {
  samples: unknown[];
  next?: string;
}

/** A finished two-target run: a dataset task and a niah grid, written in primary-key order in one transaction (raw rows, for speed). */
async function writeRun(dbPath: string): Promise<number> {
  const db = openDatabase(dbPath);
  const store = new SqliteRunStore(db);
  const niahOptions = niahOptionsSchema.parse({ lengths: "1k..16k", depths: "0..100:25", calibrate: false });
  const targets: TargetSpec[] = TARGETS.map((id) => ({ id, provider: "simulator", model: id.slice("simulator:".length), settings: {}, stream: false, simulated: true }));
  const spec: RunSpec = {
    version: 1,
    seed: 7,
    trials: TRIALS,
    tasks: [
      { family: "dataset", options: { id: "qa", file: "bench-qa.jsonl", scorer: "includes", groupBy: ["language"] } },
      { family: "niah", options: { lengths: "1k..16k", depths: "0..100:25", calibrate: false } },
    ],
    targets: targets.map(({ id, provider, model, stream, simulated }) => ({ id, provider, model, settings: {}, stream, simulated })),
    execution: { timeoutMs: 300_000, maxAttempts: 6, cache: true, budget: {} },
  };
  const languages = ["en", "es", "fr", "de", "pt"];
  const qaItems = Array.from({ length: QA_ITEMS }, (_, i) => ({
    id: `q${String(i).padStart(5, "0")}`,
    input: `Question ${i}: which city is the capital of country number ${i}?`,
    expected: i % 7 === 0 ? "Lima" : `City ${i}`,
    metadata: { language: languages[i % languages.length]!, topic: i % 3 === 0 ? "geography" : "trivia" },
  }));
  const niah = niahItems(niahOptions);
  await store.createRun({
    id: RUN_ID,
    createdAt: Date.now(),
    seed: 7,
    spec,
    targets,
    tasks: [
      { id: "qa", family: "dataset", params: { file: "bench-qa.jsonl" }, groupBy: ["language"] },
      { id: "niah", family: "niah", params: { lengths: niahOptions.lengths.join(",") }, groupBy: [] },
    ],
    items: [...qaItems.map((item) => ({ taskId: "qa", item })), ...niah.map((item) => ({ taskId: "niah", item }))],
  });
  const insertSample = db.prepare(INSERT_SAMPLE);
  const insertAttempt = db.prepare(INSERT_ATTEMPT);
  const insertScore = db.prepare(INSERT_SCORE);
  let count = 0;
  const t0 = 1_760_000_000_000;
  db.transaction(() => {
    for (const [t, targetId] of TARGETS.entries()) {
      const tasks: [string, { id: string; metadata: Record<string, unknown> }[]][] = [["niah", niah], ["qa", qaItems]];
      for (const [taskId, items] of tasks) {
        for (const item of [...items].sort((a, b) => (a.id < b.id ? -1 : 1))) {
          for (let trial = 1; trial <= TRIALS; trial++) {
            const n = count++;
            const failed = n % 97 === 0;
            const retried = n % 31 === 0;
            const key = [RUN_ID, targetId, taskId, item.id, trial] as const;
            const request = JSON.stringify({ messages: 2, characters: 400, stream: false, settings: {}, hash: `h${n}` });
            if (retried) insertAttempt.run([...key, 1, t0 + n, t0 + n + 3, request, null, null, null, null, 3, null, "rate_limited", "429 Too Many Requests", 429, 0]);
            const attempt = retried ? 2 : 1;
            const latency = 80 + ((n * 37) % 900) + t * 50;
            if (failed) {
              insertAttempt.run([...key, attempt, t0 + n, t0 + n + 5, request, null, null, null, null, 5, null, "server_error", "503 Service Unavailable", 503, 0]);
              insertSample.run([...key, "error", null, null, null, null, null, null, null, "server_error", "503 Service Unavailable", attempt, 0, 0, t0 + n + 5]);
              continue;
            }
            const right = taskId === "niah" ? Number(item.metadata.length) <= 4096 * (t + 1) || n % 3 !== 0 : n % 5 !== 0;
            const text = answerText(item.id, n, right, taskId === "qa" && Number(item.id.slice(1)) % 7 === 0);
            insertAttempt.run([...key, attempt, t0 + n, t0 + n + latency, request, text, "stop", 120, 40, latency, latency / 4, null, null, 200, 0]);
            insertSample.run([...key, "done", text, "stop", "sim", 120, 40, latency, latency / 4, null, null, attempt, 0, 0, t0 + n + latency]);
            const scorer = taskId === "niah" ? "niah" : "includes";
            const label = right ? "correct" : taskId === "niah" ? "not_found" : "incorrect";
            insertScore.run([...key, scorer, 0, right ? 1 : 0, label, null, null]);
          }
        }
      }
    }
  })();
  await store.close();
  return count;
}

/** What a run's end does: its status set, its summary computed and stored (counts and percentiles among them). */
async function stopAndSummarise(dbPath: string): Promise<void> {
  const store = await openRunStore(dbPath, { mustExist: true });
  try {
    await store.setRunStatus(RUN_ID, "completed", Date.now());
    await loadRunMetrics(store, RUN_ID, process.cwd());
  } finally {
    await store.close();
  }
}

function answerText(itemId: string, n: number, right: boolean, lima: boolean): string {
  const filler = "The question asks for a capital city, and the context names several places before settling on one. ";
  const answer = right ? (lima ? "Lima" : `City ${itemId.slice(1)}`) : "I am not sure";
  return `${filler.repeat(1 + (n % 4))}ANSWER: ${answer}`;
}

async function startServer(dbPath: string): Promise<{ child: ChildProcess; url: string; memory: () => Promise<string> }> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", new URL(import.meta.url).pathname, "serve", dbPath], { stdio: ["pipe", "pipe", "inherit"] });
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  const exited = new Promise<undefined>((resolve) => child.once("exit", () => resolve(undefined)));
  const line = await Promise.race([nextLine(), exited]);
  if (line === undefined) throw new Error("the dashboard server exited before listening");
  const memory = async () => {
    const answer = nextLine();
    child.stdin!.write("mem\n");
    const usage = JSON.parse(await answer) as NodeJS.MemoryUsage;
    return `RSS ${mb(usage.rss)} MB, heap used after GC ${mb(usage.heapUsed)} MB`;
  };
  return { child, url: (JSON.parse(line) as { url: string }).url, memory };
}

/** The pages in Chromium on a fresh server: the run page cold with its timeline, then again, then the transcripts and matrix pages. */
async function browserLoad(dbPath: string): Promise<void> {
  if (!existsSync(CHROMIUM)) return console.log(`(no ${CHROMIUM}: skipping the page load in a browser)`);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
  const server = await startServer(dbPath);
  try {
    console.log(`pages in Chromium (load average ${loadAverage()}):`);
    const base = server.url.replace(/\/$/, "");
    for (const when of ["cold (fresh server)", "again"]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      console.log(`  Chromium, run page ${when}: ${await timeRunPage(page, `${base}/#/run/${RUN_ID}`)}`);
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    for (const [name, hash] of [["transcripts page", `#/run/${RUN_ID}/samples`], ["matrix page (qa, 100 rows x 2 targets x 10 trials)", `#/run/${RUN_ID}/matrix?task=qa`]] as const) {
      const start = performance.now();
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector("main[data-ready=true]");
      console.log(`  Chromium, ${name} (HTML + JS + API, shown): ${(performance.now() - start).toFixed(0)} ms`);
      await page.goto("about:blank");
    }
  } finally {
    await browser.close();
    server.child.stdin?.end();
    await new Promise((resolve) => server.child.once("exit", resolve));
  }
}

/**
 * Loads a run page and says when it showed its verdicts and family metrics (main[data-ready=true] and
 * #metrics[data-ready=true], whichever comes later), then where that time went, from the page's own clock: the HTML,
 * the scripts, each API request (went out, came back), the drawing after the last answer, and the heatmaps after.
 */
async function timeRunPage(page: Page, url: string): Promise<string> {
  // In-page code as text: this file is not compiled with the DOM's types.
  await page.addInitScript({ content: MARK_READY });
  const start = performance.now();
  await page.goto(url);
  await page.waitForSelector("main[data-ready=true]");
  await page.waitForSelector("#metrics[data-ready=true]");
  const shown = performance.now() - start;
  await page.waitForSelector("#heatmaps-box[data-ready=true]");
  const timeline = (await page.evaluate(READ_TIMELINE)) as { html: number; resources: { path: string; start: number; end: number }[]; marks: Record<string, number> };
  const ms = (n: number | undefined) => (n === undefined ? "?" : n.toFixed(0));
  const api = timeline.resources.filter((r) => r.path.startsWith("/api/"));
  const assets = timeline.resources.filter((r) => !r.path.startsWith("/api/") && r.path !== "/favicon.svg");
  const main = timeline.marks["main[data-ready=true]"];
  const metrics = timeline.marks["#metrics[data-ready=true]"];
  const headline = api.filter((r) => !r.path.endsWith("/heatmap"));
  const lastHeadline = Math.max(...headline.map((r) => r.end));
  const name = (path: string) => path.replace(/^\/api\/runs\/[^/?]+/, "") || "(overview)";
  return [
    `verdicts and family metrics shown ${shown.toFixed(0)} ms after asking for the page`,
    `    page clock (ms from navigation start): HTML ${ms(timeline.html)}; ${assets.length} scripts and styles ${ms(Math.min(...assets.map((r) => r.start)))}–${ms(Math.max(...assets.map((r) => r.end)))}`,
    `    API (went out–came back): ${api.map((r) => `${name(r.path)} ${ms(r.start)}–${ms(r.end)}`).join(", ")}`,
    `    page ready at ${ms(main)}, family metrics drawn at ${ms(metrics)} (${ms(Math.max(main ?? 0, metrics ?? 0) - lastHeadline)} of drawing after the last headline answer), heatmaps at ${ms(timeline.marks["#heatmaps-box[data-ready=true]"])}`,
  ].join("\n");
}

async function getJson<T = unknown>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function timed<T>(name: string, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  console.log(`  ${name}: ${ms.toFixed(0)} ms`);
  return { value, ms };
}

function loadAverage(): string {
  return loadavg().map((n) => n.toFixed(2)).join(", ");
}

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function seconds(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}
