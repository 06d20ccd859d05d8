import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunStore } from "../core/run-store.ts";
import { RUN_METRICS_VERSION, type RunMetrics } from "../metrics/run-metrics.ts";
import { summarizeRun } from "../metrics/summarize-run.ts";
import { loadStoredRun } from "../runner/load-stored-run.ts";
import { openRunStore } from "../storage/open-store.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage/storage-fixtures.ts";
import { collect } from "../core/collect.ts";
import { answerOutcome } from "./api/answer-outcome.ts";
import type { CompareResponse } from "./api/compare-api.ts";
import { compareSides } from "./api/compare-sides.ts";
import type { HeatmapResponse } from "./api/heatmap-api.ts";
import type { MatrixResponse } from "./api/matrix-api.ts";
import { metricsResponse, type MetricsResponse } from "./api/metrics-api.ts";
import { runHeadlines } from "./api/run-headlines.ts";
import { runOverview, type ListedRun, type RunOverview } from "./api/runs-api.ts";
import type { SamplesResponse } from "./api/samples-api.ts";
import { buildDashboardFixture, FADING_TARGET, HOSTILE_ANSWER, HOSTILE_TARGET, type DashboardFixture } from "../test-support/dashboard-fixture.ts";
import { CONTENT_SECURITY_POLICY } from "./http-response.ts";
import { createDashboardServer, type DashboardHandle } from "./server.ts";
import { StoredSummaries } from "./stored-summaries.ts";

let fixture: DashboardFixture;
let server: DashboardHandle;
let base: string;
let store: RunStore;
/** The dashboard's "now" for telling a live lease from a lapsed one: fixed, so a slow machine never lapses a lease. */
const NOW = 1_800_000_000_000;

beforeAll(async () => {
  fixture = await buildDashboardFixture();
  server = await createDashboardServer({ dbPath: fixture.dbPath, port: 0, cwd: fixture.cwd, pollMs: 20, clock: { now: () => NOW } });
  base = server.url.replace(/\/$/, "");
  // The test writes live runs through its own connection, as a run in another process would.
  store = await openRunStore(fixture.dbPath);
});
afterAll(async () => {
  await server.close();
  await store.close();
});

async function get<T>(path: string, status = 200): Promise<T> {
  const response = await fetch(`${base}${path}`);
  expect(response.status, `${path}: ${response.status}`).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as T;
}
const run = (suffix = "") => `/api/runs/${fixture.runId}${suffix}`;

describe("dashboard server", () => {
  it("listens on 127.0.0.1 without a token and serves the page with a strict policy", async () => {
    expect(server).toMatchObject({ host: "127.0.0.1", token: undefined });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await fetch(`${base}/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    // Every module named for preloading before the first script, so the browser fetches them all at once.
    expect(html.indexOf('<link rel="modulepreload" href="/views/run.js">')).toBeGreaterThan(0);
    expect(html.indexOf('<link rel="modulepreload" href="/dom.js">')).toBeLessThan(html.indexOf("<script"));
    const script = await fetch(`${base}/views/transcript.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${base}/src/server/server.ts`)).status).toBe(404);
  });

  it("answers only GET, only to loopback host names, and JSON for unknown paths", async () => {
    expect((await fetch(`${base}/api/runs`, { method: "POST" })).status).toBe(405);
    expect(await get(`/api/nothing`, 404)).toEqual({ error: "no such page: /api/nothing" });
    expect(await get(`/api/runs/no-such-run`, 404)).toEqual({ error: 'no stored run "no-such-run"' });
    expect(await statusWithHost(`attacker.example:${server.port}`)).toBe(403);
    expect(await statusWithHost(`localhost:${server.port}`)).toBe(200);
  });

  it("lists runs and gives a run's counts, totals, score comparison and errors from the store", async () => {
    const { runs } = await get<{ runs: { id: string; done: number; errors: number }[] }>("/api/runs");
    const counts = await store.countSamples(fixture.runId);
    expect(runs.find((r) => r.id === fixture.runId)).toMatchObject({ done: counts.reduce((n, c) => n + c.done, 0), errors: counts.reduce((n, c) => n + c.errors, 0) });
    const overview = await get<RunOverview>(run());
    expect(overview.run).toMatchObject({ id: fixture.runId, status: "completed", trials: 2, simulated: true });
    for (const c of counts) expect(overview.counts.find((x) => x.taskId === c.taskId && x.targetId === c.targetId)).toMatchObject({ done: c.done, errors: c.errors });
    expect(overview.counts.find((c) => c.taskId === "niah")!.expected).toBe(18);
    const hostileNiah = overview.scores.find((s) => s.targetId === HOSTILE_TARGET && s.scorer === "niah")!;
    expect(hostileNiah).toMatchObject({ samples: 18, scored: 18, mean: 0, passFail: true, labels: { wrong_value: 18 } });
    const includes = overview.scores.find((s) => s.targetId === FADING_TARGET && s.scorer === "includes")!;
    expect(includes).toMatchObject({ samples: 8, scored: 8, passFail: true, labels: { correct: 2, incorrect: 6 } });
    expect(includes.interval).toMatchObject({ method: "wilson" });
    expect(overview.errors).toEqual([{ targetId: FADING_TARGET, errorKind: "context_length_exceeded", samples: 6, attempts: 6 }]);
    expect(overview.targetTotals.map((t) => t.targetId)).toEqual([FADING_TARGET, HOSTILE_TARGET]);
  });

  it("serves a stopped run's counts, percentiles and scorer labels from its stored summary, equal to a scan of its rows", async () => {
    const overview = await get<RunOverview>(run());
    expect(overview.aggregates).toBe("stored");
    // The same run read through a store that has no summary for it: the store's aggregates over the rows.
    const unsummarised = new Proxy(store, { get: (target, name) => (name === "getRunMetrics" ? async () => undefined : Reflect.get(target, name)) });
    const data = { location: fixture.dbPath, store: unsummarised, cwd: fixture.cwd, clock: { now: () => NOW }, summaries: new StoredSummaries(unsummarised), close: async () => {} };
    const scanned = await runOverview(data, fixture.runId);
    expect(scanned.aggregates).toBe("scanned");
    expect(overview).toEqual(JSON.parse(JSON.stringify({ ...scanned, aggregates: "stored" })));
    expect(overview.targetTotals.every((t) => t.latencyMsP50 !== null && t.latencyMsP95 !== null)).toBe(true);
  });

  it("lists a run's headline number per task and target from its stored summary", async () => {
    const { runs } = await get<{ runs: ListedRun[] }>("/api/runs");
    const summary = (await store.getRunMetrics(fixture.runId))!.summary as RunMetrics;
    const listed = runs.find((r) => r.id === fixture.runId)!;
    expect(listed.headlines).toEqual(JSON.parse(JSON.stringify(runHeadlines(summary, [FADING_TARGET, HOSTILE_TARGET]))));
    expect(listed.headlines!.map((h) => [h.taskId, h.metric])).toEqual([["niah", "accuracy"], ["capitals", "accuracy"]]);
  });

  it("compares a run's two targets as compare does, A − B, and refuses sides that cannot be compared", async () => {
    const compared = await get<CompareResponse>(`/api/compare?a=${fixture.runId}&b=${fixture.runId}`);
    expect(compared.a).toMatchObject({ runId: fixture.runId, targetId: FADING_TARGET });
    expect(compared.b).toMatchObject({ runId: fixture.runId, targetId: HOSTILE_TARGET });
    const job = { a: { runId: fixture.runId, targetId: FADING_TARGET }, b: { runId: fixture.runId, targetId: HOSTILE_TARGET }, tasks: [{ id: "niah", groupBy: [] }, { id: "capitals", groupBy: ["language"] }] };
    expect(compared.diff).toEqual(JSON.parse(JSON.stringify(await compareSides(store, job))));
    const capitals = compared.diff.tasks.find((t) => t.taskId === "capitals")!;
    expect(capitals.accuracy).toMatchObject({ a: 0.25, b: 0, difference: 0.25 });
    const swapped = await get<CompareResponse>(`/api/compare?a=${fixture.runId}&b=${fixture.runId}&ta=${encodeURIComponent(HOSTILE_TARGET)}&tb=${encodeURIComponent(FADING_TARGET)}`);
    expect(swapped.diff.tasks.find((t) => t.taskId === "capitals")!.accuracy!.difference).toBe(-0.25);
    expect(await get(`/api/compare?a=${fixture.runId}`, 400)).toEqual({ error: "b (a run id) is required" });
    expect(await get(`/api/compare?a=${fixture.runId}&b=${fixture.runId}&tb=${encodeURIComponent(FADING_TARGET)}`, 400)).toEqual({ error: "both sides name the same target of the same run" });
    expect(await get(`/api/compare?a=${fixture.runId}&b=${fixture.runId}&ta=nobody`, 400)).toMatchObject({ error: expect.stringContaining('has no target "nobody"') });
  });

  it("pages through samples by cursor, filtered, and refuses bad parameters", async () => {
    let after = "";
    let seen = 0;
    do {
      const page = await get<SamplesResponse>(`${run("/samples")}?limit=7${after ? `&after=${after}` : ""}`);
      seen += page.samples.length;
      after = page.next ?? "";
    } while (after);
    expect(seen).toBe((await store.countSamples(fixture.runId)).reduce((n, c) => n + c.done + c.errors, 0));
    const rejected = await get<SamplesResponse>(`${run("/samples")}?outcome=error:context_length_exceeded`);
    expect(rejected.samples).toHaveLength(6);
    expect(rejected.samples.every((s) => s.key.targetId === FADING_TARGET && s.errorKind === "context_length_exceeded")).toBe(true);
    const spanish = await get<SamplesResponse>(`${run("/samples")}?family=dataset&language=es&target=${encodeURIComponent(HOSTILE_TARGET)}`);
    expect(spanish.samples.map((s) => [s.key.itemId, s.language])).toEqual([["capital-ar", "es"], ["capital-ar", "es"], ["capital-pe", "es"], ["capital-pe", "es"]]);
    const search = await get<SamplesResponse>(`${run("/samples")}?q=${encodeURIComponent("<script>")}`);
    expect(search.samples.length).toBeGreaterThan(0);
    expect(search.samples.every((s) => s.preview === HOSTILE_ANSWER)).toBe(true);
    expect(await get(`${run("/samples")}?after=not-a-cursor`, 400)).toEqual({ error: "after is not a sample reference" });
    expect(await get(`${run("/samples")}?limit=0`, 400)).toMatchObject({ error: expect.stringContaining("limit") });
    expect(await get(`${run("/samples")}?q=${"x".repeat(201)}`, 400)).toMatchObject({ error: expect.stringContaining("200") });
  });

  it("gives a sample's transcript with the model's text exactly as stored, as JSON data", async () => {
    const { samples } = await get<SamplesResponse>(`${run("/samples")}?target=${encodeURIComponent(HOSTILE_TARGET)}&task=capitals&limit=1`);
    const transcript = await get<{ response: { text: string }; attempts: unknown[]; item: { input: { text: string } } }>(`${run("/sample")}?key=${samples[0]!.ref}`);
    expect(transcript.response.text).toBe(HOSTILE_ANSWER);
    expect(transcript.item.input.text).toBe("¿Cuál es la capital de Argentina?");
    expect(transcript.attempts).toHaveLength(1);
    expect(await get(`${run("/sample")}`, 400)).toEqual({ error: "key is required" });
    const missing = Buffer.from(JSON.stringify(["x", "y", "z", 1])).toString("base64url");
    expect(await get(`${run("/sample")}?key=${missing}`, 404)).toEqual({ error: "no such sample in this run" });
  });

  it("gives a task's items × targets matrix a page at a time, every trial as its stored sample reads, and the items where targets disagree", async () => {
    const matrix = await get<MatrixResponse>(`${run("/matrix")}?task=capitals`);
    expect(matrix).toMatchObject({ taskId: "capitals", family: "dataset", scorer: "includes", items: 4, matching: 4, disagreements: 1, offset: 0 });
    expect(matrix.targets.map((t) => t.id)).toEqual([FADING_TARGET, HOSTILE_TARGET]);
    const samples = await collect(store.samples(fixture.runId, { taskId: "capitals" }));
    expect(matrix.rows.flatMap((r) => r.cells.flat()).length).toBe(samples.length);
    for (const sample of samples) {
      const row = matrix.rows.find((r) => r.itemId === sample.itemId)!;
      const cell = row.cells[sample.targetId === FADING_TARGET ? 0 : 1]!.find((t) => t.trial === sample.trial)!;
      expect(cell.outcome).toBe(answerOutcome({ status: sample.status, label: sample.scores[0]?.label ?? null, value: sample.scores[0]?.value ?? null }, "includes"));
      const transcript = await get<{ key: unknown }>(`${run("/sample")}?key=${cell.ref}`);
      expect(transcript.key).toEqual({ targetId: sample.targetId, taskId: "capitals", itemId: sample.itemId, trial: sample.trial });
    }
    expect(matrix.counts).toEqual([
      { correct: 2, incorrect: 6, refused: 0, answered: 0, unscored: 0, error: 0 },
      { correct: 0, incorrect: 8, refused: 0, answered: 0, unscored: 0, error: 0 },
    ]);
    const disagree = await get<MatrixResponse>(`${run("/matrix")}?task=capitals&disagree=1`);
    expect(disagree.rows.map((r) => [r.itemId, r.cells.map((trials) => trials.map((t) => t.outcome).join(","))])).toEqual([["capital-fr", ["correct,correct", "incorrect,incorrect"]]]);
    const page = await get<MatrixResponse>(`${run("/matrix")}?task=niah&offset=4&limit=3`);
    expect(page).toMatchObject({ items: 9, matching: 9, offset: 4, limit: 3 });
    const whole = await get<MatrixResponse>(`${run("/matrix")}?task=niah&limit=500`);
    expect(page.rows).toEqual(whole.rows.slice(4, 7));
    const rejected = whole.rows.flatMap((r) => r.cells[0]!).filter((t) => t.label === "context_length_exceeded");
    expect(rejected).toHaveLength(6);
    expect(rejected.every((t) => t.outcome === "error")).toBe(true);
    expect(await get(`${run("/matrix")}?task=nope`, 404)).toEqual({ error: `run ${fixture.runId} has no task "nope"` });
    expect(await get(`${run("/matrix")}?task=niah&limit=501`, 400)).toMatchObject({ error: expect.stringContaining("limit") });
  });

  it("draws a heatmap per niah task and target, each cell with its colour step", async () => {
    const { heatmaps, legend } = await get<HeatmapResponse>(run("/heatmap"));
    expect(legend).toContain("% of needles found");
    expect(heatmaps.map((h) => h.targetId)).toEqual([FADING_TARGET, HOSTILE_TARGET]);
    const fading = heatmaps[0]!.view;
    expect(fading.lengthLabels).toEqual(["1k", "2k", "4k"]);
    expect(fading.rows[0]![0]).toMatchObject({ length: 1000, depth: 0, text: "100", shade: 4 });
    expect(fading.byLength[2]).toMatchObject({ text: "rej", shade: 0 });
  });

  it("serves the run's stored summary, and summarises a run without a current one in a worker that stores it", async () => {
    const loaded = await loadStoredRun(store, fixture.runId, fixture.cwd);
    const expected = JSON.parse(JSON.stringify(metricsResponse(await summarizeRun(store, fixture.runId, { tasks: loaded.tasks, targets: loaded.targets, trials: loaded.spec.trials }))));
    expect(await get<MetricsResponse>(run("/metrics"))).toEqual(expected);
    const stored = (await store.getRunMetrics(fixture.runId))!;
    expect(stored.version).toBe(RUN_METRICS_VERSION);
    // As a summary written by an older realitycheck: recomputed, then stored again in the current version. (A fresh
    // server: this one keeps the summary it read for this state of the run.)
    await store.saveRunMetrics({ ...stored, version: RUN_METRICS_VERSION - 1, summary: { tasks: [], targets: [] } });
    const another = await createDashboardServer({ dbPath: fixture.dbPath, port: 0, cwd: fixture.cwd, clock: { now: () => NOW } });
    try {
      const metrics = await fetch(`${another.url.replace(/\/$/, "")}${run("/metrics")}`);
      expect(await metrics.json()).toEqual(expected);
    } finally {
      await another.close();
    }
    expect(await store.getRunMetrics(fixture.runId)).toMatchObject({ version: RUN_METRICS_VERSION, runUpdatedAt: stored.runUpdatedAt });
    expect(await get(`/api/runs/no-such-run/metrics`, 404)).toEqual({ error: 'no stored run "no-such-run"' });
    await store.createRun(fixtureRun("spec-less-run", ["a"], 1));
    // What the run page asks alongside its other requests: a stored summary, or null without summarising anything.
    expect(await get<MetricsResponse>(run("/metrics?stored=1"))).toEqual(expected);
    expect(await get(`/api/runs/spec-less-run/metrics?stored=1`)).toEqual({ summaries: null });
    expect(await get(`/api/runs/spec-less-run/metrics`, 422)).toEqual({ error: "metrics unavailable: run spec-less-run was stored by an incompatible version of realitycheck" });
  });

  it("streams a running run's progress and failed attempts as they are stored, and ends when it stops", async () => {
    await store.createRun(fixtureRun("live-run", ["a"], 4));
    // A run is running while the process executing it holds its lease.
    await store.acquireLease("live-run", { session: "s-1", pid: process.pid, host: "here" }, NOW, 60_000);
    const overview = await get<RunOverview>("/api/runs/live-run");
    const response = await fetch(`${base}/api/runs/live-run/live?after=${overview.lastAttemptId}`);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = eventReader(response);
    expect(await events.next()).toEqual({ event: "progress", data: { status: "running", lease: expect.objectContaining({ host: "here" }), updatedAt: expect.any(Number), done: 0, errors: 0, byTarget: [] } });
    const key = { targetId: "a", taskId: FIXTURE_TASK, itemId: "item-0000", trial: 1 };
    await store.writeBatch([attemptWrite("live-run", fixtureAttempt(key, 1, true))]);
    await store.writeBatch([sampleWrite("live-run", fixtureOutcome(key, 2), fixtureAttempt(key, 2))]);
    const seen = [await events.next(), await events.next()];
    expect(seen).toContainEqual({ event: "progress", data: expect.objectContaining({ done: 1, byTarget: [{ targetId: "a", done: 1, errors: 0 }] }) });
    expect(seen).toContainEqual({ event: "errors", data: [expect.objectContaining({ itemId: "item-0000", attempt: 1, errorKind: "rate_limited", httpStatus: 429 })] });
    await store.setRunStatus("live-run", "completed", NOW);
    expect(await events.next()).toMatchObject({ event: "progress", data: { status: "completed" } });
    expect(await events.next()).toEqual({ event: "end", data: { status: "completed" } });
    expect(await events.next()).toBeUndefined();
  });

  it("ends the live view of a run left running by a process that is gone (its lease lapsed)", async () => {
    await store.createRun(fixtureRun("gone-run", ["a"], 1));
    await store.acquireLease("gone-run", { session: "s-2", pid: 1, host: "elsewhere" }, NOW - 120_000, 60_000);
    expect((await get<RunOverview>("/api/runs/gone-run")).run.status).toBe("process_gone");
    const events = eventReader(await fetch(`${base}/api/runs/gone-run/live`));
    expect(await events.next()).toMatchObject({ event: "progress", data: { status: "process_gone" } });
    expect(await events.next()).toEqual({ event: "end", data: { status: "process_gone" } });
  });
});

/** fetch() will not send a Host header of our choosing; node:http will, as a DNS-rebinding page's browser would. */
function statusWithHost(host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: "/api/runs", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Reads Server-Sent Events one at a time; undefined once the stream has ended. */
function eventReader(response: Response): { next(): Promise<{ event: string; data: unknown } | undefined> } {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(":")) continue;
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
          return { event, data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null") as unknown };
        }
        const { value, done } = await reader.read();
        if (done) return undefined;
        buffer += value;
      }
    },
  };
}
