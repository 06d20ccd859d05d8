// The dashboard in Debian's Chromium, as a user clicks through it: runs list, run page, heatmaps checked cell by cell
// against the stored samples, filters, search, pages, a transcript of hostile model output (which must stay text:
// no dialog, no injected element), and a running run's live view. Screenshots go to test-output/screenshots/.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGrid } from "../../src/metrics/niah-grid.ts";
import type { RunMetrics } from "../../src/metrics/run-metrics.ts";
import { cellText } from "../../src/reports/heatmap-cells.ts";
import { buildDashboardFixture, FADING_TARGET, HOSTILE_ANSWER, HOSTILE_TARGET, type DashboardFixture } from "../../src/test-support/dashboard-fixture.ts";
import { createDashboardServer, type DashboardHandle } from "../../src/server/server.ts";
import { collect } from "../../src/core/collect.ts";
import type { RunStore } from "../../src/core/run-store.ts";
import { openRunStore } from "../../src/storage/open-store.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../../src/storage/storage-fixtures.ts";
import { launchChromium, watchPage, type PageTrouble } from "../../src/test-support/chromium.ts";

const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-output", "screenshots");

let fixture: DashboardFixture;
let server: DashboardHandle;
let browser: Browser;
let page: Page;
let store: RunStore | undefined;
let trouble: PageTrouble;

beforeAll(async () => {
  fixture = await buildDashboardFixture();
  server = await createDashboardServer({ dbPath: fixture.dbPath, port: 0, cwd: fixture.cwd, pollMs: 50 });
  store = await openRunStore(fixture.dbPath);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  trouble = watchPage(page);
  page.on("console", (message) => {
    if (message.type() === "error") trouble.errors.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector("main[data-ready=true]");
}

/** Follows an in-page link and waits for the view it leads to. */
async function follow(click: () => Promise<void>): Promise<void> {
  await page.locator("main").evaluate((main) => main.setAttribute("data-ready", "false"));
  await click();
  await page.waitForSelector("main[data-ready=true]");
}

describe("dashboard in Chromium", () => {
  it("lists the run and opens its page: family metrics with the targets side by side, targets, scorer labels, errors", async () => {
    await open("#/");
    const row = page.locator("#runs tbody tr", { hasText: fixture.runId });
    await expect(row.locator("td.status").textContent()).resolves.toBe("completed");
    await follow(() => row.getByRole("link", { name: fixture.runId }).click());
    expect(page.url()).toBe(`${server.url}#/run/${fixture.runId}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(`Run ${fixture.runId}`);
    await expect(page.locator("#targets tbody tr").allTextContents()).resolves.toEqual([expect.stringContaining(`${FADING_TARGET} [simulated]`), expect.stringContaining(`${HOSTILE_TARGET} [simulated]`)]);
    const capitals = page.locator('table.comparison[data-task="capitals"] tbody tr');
    await expect(capitals.first().textContent()).resolves.toContain("0.250 [0.071, 0.591] n=8");
    await expect(page.locator("#errors table").first().textContent()).resolves.toContain("context_length_exceeded");
    // A stopped run's page is ready only with its family metrics drawn (read from its stored summary): no waiting here.
    await expect(page.locator("#metrics[data-ready=true] table.family").count()).resolves.toBe(2);
    // The family metrics, targets as columns, as the run's stored summary has them.
    await expect(page.locator('table.family[data-task="niah"] thead th').allTextContents()).resolves.toEqual(["metric", `${FADING_TARGET} [simulated]`, `${HOSTILE_TARGET} [simulated]`]);
    const summary = (await store!.getRunMetrics(fixture.runId))!.summary as RunMetrics;
    const accuracy = (targetId: string) => summary.tasks.find((s) => s.taskId === "capitals" && s.targetId === targetId)!.metrics.find((m) => m.name === "accuracy")!;
    const cells = await page.locator('table.family[data-task="capitals"] tr[data-metric="accuracy"] td').allTextContents();
    expect(cells).toEqual([FADING_TARGET, HOSTILE_TARGET].map((t) => expect.stringContaining(`${accuracy(t).value!.toFixed(3)} [${accuracy(t).interval!.lower.toFixed(3)}, ${accuracy(t).interval!.upper.toFixed(3)}]`)));
    expect(cells[0]).toContain("0.250");
    await page.waitForSelector("#heatmaps-box[data-ready=true]");
    await page.screenshot({ path: join(SCREENSHOTS, "dashboard-run.png"), fullPage: true });
  });

  it("draws every heatmap cell as the stored samples say", async () => {
    await open(`#/run/${fixture.runId}`);
    // Drawn after the headline part (verdicts, family metrics), when their answer comes.
    await page.waitForSelector("#heatmaps-box[data-ready=true]");
    const figures = page.locator("figure.heatmap");
    await expect(figures.count()).resolves.toBe(2);
    for (const targetId of [FADING_TARGET, HOSTILE_TARGET]) {
      const grid = buildGrid(await collect(store!.samples(fixture.runId, { taskId: "niah", targetId })), "niah");
      const cells = await page.locator(`figure.heatmap[data-target="${targetId}"] td.cell`).evaluateAll((tds) =>
        tds.map((td) => ({ length: td.getAttribute("data-length"), depth: td.getAttribute("data-depth"), text: td.textContent, shade: td.className })),
      );
      const want = [
        ...grid.depths.flatMap((depth, d) => grid.lengths.map((length, l) => ({ length: String(length), depth: String(depth), text: cellText(grid.cells[l]![d]) }))),
        ...grid.lengths.map((length, l) => ({ length: String(length), depth: "all", text: cellText(grid.byLength[l]) })),
      ];
      expect(cells.map(({ shade: _, ...cell }) => cell)).toEqual(want);
      expect(cells.every((c) => /shade-[0-4]$/.test(c.shade))).toBe(true);
    }
    await expect(page.locator(`figure.heatmap[data-target="${FADING_TARGET}"] td.cell[data-depth=all]`).allTextContents()).resolves.toEqual(["100", "67", "rej"]);
    await page.locator(`figure.heatmap[data-target="${FADING_TARGET}"]`).screenshot({ path: join(SCREENSHOTS, "dashboard-heatmap.png") });
  });

  it("filters transcripts by target, family, outcome and language, searches, and pages", async () => {
    await open(`#/run/${fixture.runId}/samples`);
    await expect(page.locator("#samples tbody tr").count()).resolves.toBe(50);
    await follow(() => page.locator("#next").click());
    await expect(page.locator("#samples tbody tr").count()).resolves.toBe(2);
    await expect(page.locator("#page-number").textContent()).resolves.toBe("page 2");
    await expect(page.locator("#next").isDisabled()).resolves.toBe(true);
    await follow(() => page.locator("#prev").click());
    await expect(page.locator("#samples tbody tr").count()).resolves.toBe(50);

    await page.selectOption("select[name=target]", HOSTILE_TARGET);
    await page.selectOption("select[name=family]", "dataset");
    await page.selectOption("select[name=language]", "es");
    await follow(() => page.getByRole("button", { name: "Apply" }).click());
    const rows = page.locator("#samples tbody tr");
    await expect(rows.count()).resolves.toBe(4);
    for (const text of await rows.allTextContents()) expect(text).toContain(HOSTILE_ANSWER);
    await page.screenshot({ path: join(SCREENSHOTS, "dashboard-transcripts.png") });

    await page.selectOption("select[name=target]", "");
    await page.selectOption("select[name=family]", "");
    await page.selectOption("select[name=language]", "");
    await page.selectOption("select[name=outcome]", "error:context_length_exceeded");
    await follow(() => page.getByRole("button", { name: "Apply" }).click());
    await expect(rows.count()).resolves.toBe(6);
    for (const text of await rows.allTextContents()) expect(text).toContain("error: context_length_exceeded");

    await page.selectOption("select[name=outcome]", "");
    await page.fill("input[name=q]", "onerror");
    await follow(() => page.getByRole("button", { name: "Apply" }).click());
    await expect(rows.count()).resolves.toBe(26);
    expect(page.url()).toContain("q=onerror");
  });

  it("shows hostile model output as text: nothing runs, nothing renders as markup", async () => {
    await open(`#/run/${fixture.runId}/samples?target=${encodeURIComponent(HOSTILE_TARGET)}&task=capitals`);
    await follow(() => page.locator("#samples tbody tr").first().getByRole("link", { name: "open" }).click());
    await expect(page.locator("#response pre").textContent()).resolves.toBe(HOSTILE_ANSWER);
    await expect(page.locator("#attempts pre").textContent()).resolves.toBe(HOSTILE_ANSWER);
    await expect(page.locator("#scores tbody tr").first().textContent()).resolves.toContain("incorrect");
    // The question as the task asked it, and the answer it expected (the export's).
    await expect(page.locator("#asked").textContent()).resolves.toContain("¿Cuál es la capital de Argentina?");
    await expect(page.locator("#expected").textContent()).resolves.toBe("Buenos Aires");
    const injected = {
      scripts: await page.locator("script").evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src"))),
      images: await page.locator("img, iframe, object, embed").count(),
      handlers: await page.locator("[onerror], [onload], [onclick]").count(),
      links: await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")).filter((href) => !href?.startsWith("#/"))),
      bold: await page.locator("main strong, main b").count(),
    };
    expect(injected).toEqual({ scripts: ["/app.js"], images: 0, handlers: 0, links: [], bold: 0 });
    await page.screenshot({ path: join(SCREENSHOTS, "dashboard-transcript.png"), fullPage: true });
    expect(trouble.dialogs).toEqual([]);
  });

  it("shows a running run's progress and errors as they are stored, then its final page", async () => {
    await store!.createRun(fixtureRun("live-run", ["a"], 4));
    // A run is running while the process executing it holds its lease.
    await store!.acquireLease("live-run", { session: "s-1", pid: process.pid, host: "here" }, Date.now(), 600_000);
    await open("#/run/live-run");
    await page.waitForSelector("#live-total:has-text('running: 0 done')");
    const key = (i: number) => ({ targetId: "a", taskId: FIXTURE_TASK, itemId: `item-000${i}`, trial: 1 });
    await store!.writeBatch([attemptWrite("live-run", fixtureAttempt(key(0), 1, true))]);
    await store!.writeBatch([sampleWrite("live-run", fixtureOutcome(key(0), 2), fixtureAttempt(key(0), 2))]);
    await store!.writeBatch([sampleWrite("live-run", fixtureOutcome(key(1)), fixtureAttempt(key(1), 1))]);
    await page.waitForSelector("#live-total:has-text('running: 2 done, 0 errors')");
    await expect(page.locator('.progress[data-target="a"] .bar-label').textContent()).resolves.toBe("2 / 8 (0 errors)");
    await page.waitForSelector("#live-errors li");
    await expect(page.locator("#live-errors li").first().textContent()).resolves.toContain("item-0000 #1 attempt 1: rate_limited (HTTP 429)");
    await store!.setRunStatus("live-run", "completed", Date.now());
    await page.waitForSelector("#live", { state: "detached" });
    await page.waitForSelector("main[data-ready=true] .status-completed");
    expect(trouble.dialogs).toEqual([]);
    expect(trouble.errors).toEqual([]);
  });
});
