// The HTML report in a real browser (headless Chromium, offline): planted model output never runs or renders as markup,
// the page's own script runs under its Content-Security-Policy, and a heatmap cell shows its transcripts when clicked.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datasetTask } from "../src/families/dataset/dataset-task.ts";
import { niahFamily } from "../src/families/niah/niah-family.ts";
import { htmlReport } from "../src/reports/html/html-report.ts";
import { summarizeRun } from "../src/metrics/summarize-run.ts";
import { buildReportModel, type ReportModel } from "../src/reports/html/report-model.ts";
import { PLANTED, PLANTED_ITEMS, PLANTED_PROFILES } from "../src/test-support/report-fixtures.ts";
import { runTasksOnSimulator, simulatorTarget } from "../src/test-support/run-task.ts";
import { launchChromium, watchPage, type PageTrouble } from "../src/test-support/chromium.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const SCREENSHOTS = join(import.meta.dirname, "..", "test-output", "screenshots");

let browser: Browser;
let page: Page;
let model: ReportModel;
let trouble: PageTrouble;
const requests: string[] = [];

beforeAll(async () => {
  const targets = [simulatorTarget("planted@a")];
  const niah = await niahFamily.build(niahFamily.optionsSchema.parse({ lengths: "1k,2k,4k", depths: "0,50,100" }), { seed: 3, cwd: tempDir(), targets });
  const dataset = datasetTask({ file: "planted.jsonl", items: PLANTED_ITEMS, scorer: "includes" });
  const run = await runTasksOnSimulator([niah, dataset], { models: ["planted@a"], profiles: PLANTED_PROFILES, trials: 2 });
  const metrics = await summarizeRun(run.store, run.runId, { tasks: [niah, dataset], targets, trials: 2 });
  model = await buildReportModel({ store: run.store, run: (await run.store.getRun(run.runId))!, trials: 2, metrics });
  const file = join(tempDir(), "report.html");
  writeFileSync(file, htmlReport(model));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  trouble = watchPage(page);
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
});
afterAll(async () => {
  await browser?.close();
});

describe("the HTML report in Chromium", () => {
  it("runs its own script and nothing from the model: no dialog, no planted element, no request", async () => {
    await expect.poll(() => page.locator("#rc-count").textContent()).toMatch(/^\d+ of \d+ transcripts match/);
    await page.fill("#rc-text", "PLANT-ME");
    await page.locator("#rc-list details").first().click();
    const answer = await page.locator("#rc-list details[open] pre.answer").first().textContent();
    expect(answer).toContain(PLANTED);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2);
    expect(await page.locator("#rc-list a, #rc-list script, #rc-list img").count()).toBe(0);
    expect(trouble.dialogs).toEqual([]);
    expect(trouble.errors).toEqual([]);
    expect(requests.every((url) => url.startsWith("file://"))).toBe(true);
  });

  it("lists a heatmap cell's transcripts when the cell is clicked, and previews one on hover", async () => {
    const heatmap = model.heatmaps[0]!;
    const cell = heatmap.view.rows[1]![2]!;
    const selector = `.hm-cell[data-length="${cell.length}"][data-depth="${cell.depth}"]`;
    await page.fill("#rc-text", "");
    await page.hover(selector);
    await expect.poll(() => page.locator("#rc-tip").isVisible()).toBe(true);
    expect(await page.locator("#rc-tip").textContent()).toContain(cell.summary);
    await page.click(selector);
    await expect.poll(() => page.locator("#rc-cell").isVisible()).toBe(true);
    const inCell = model.transcripts.filter((t) => t.taskId === "niah" && t.metadata.length === cell.length && t.metadata.depth === cell.depth);
    expect(inCell.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#rc-list details").count()).toBe(inCell.length);
    const opened = await page.locator("#rc-list details[open]").first().textContent();
    expect(opened).toContain(`length=${cell.length}`);
    expect(opened).toContain(`depth=${cell.depth}`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(SCREENSHOTS, "report-transcripts.png") });
    expect(await page.locator(`${selector}.hm-selected`).count()).toBe(1);
    await page.locator(".heatmap-figure").first().screenshot({ path: join(SCREENSHOTS, "report-heatmap.png") });
    expect(trouble.dialogs).toEqual([]);
    expect(trouble.errors).toEqual([]);
  });
});
