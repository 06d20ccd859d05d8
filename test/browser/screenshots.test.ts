// The demo as a person would look at it, in Debian's Chromium: the HTML report at 1400 px and at 420 px, and the
// dashboard's runs list, run page, items × targets matrix (a chip clicked through to its transcript) and compare page,
// each screenshotted. `npm run screenshots` keeps the files under .realitycheck/screenshots/ (REALITYCHECK_SCREENSHOTS);
// otherwise they go to test-output/screenshots/demo/.

import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardServer, type DashboardHandle } from "../../src/server/server.ts";
import { launchChromium, watchPage, type PageTrouble } from "../../src/test-support/chromium.ts";
import { runMain } from "../../src/test-support/run-main.ts";
import { tempDir } from "../../src/test-support/temp-dir.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SCREENSHOTS = resolve(ROOT, process.env.REALITYCHECK_SCREENSHOTS ?? join("test-output", "screenshots", "demo"));
const PNG_SIGNATURE = "89504e470d0a1a0a";

let runId: string;
let reportPath: string;
let server: DashboardHandle;
let browser: Browser;
let trouble: PageTrouble;
const shots: string[] = [];

beforeAll(async () => {
  const cwd = tempDir("rc-screenshots-");
  const demo = await runMain(["demo", "--db", join(cwd, "results.db")], { cwd });
  const printed = /^results: .+ \(run (\S+)\)$/m.exec(demo.stdout)?.[1];
  const report = /^report: (.+\.html)$/m.exec(demo.stdout)?.[1];
  if (demo.code !== 0 || printed === undefined || report === undefined) throw new Error(`demo failed (${demo.code}): ${demo.stderr.slice(-2000)}`);
  runId = printed;
  reportPath = report;
  server = await createDashboardServer({ dbPath: join(cwd, "results.db"), port: 0, cwd });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  trouble = watchPage(page);
  page.on("console", (message) => {
    if (message.type() === "error") trouble.errors.push(message.text());
  });
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  shots.push(path);
  expect(readFileSync(path).subarray(0, 8).toString("hex"), name).toBe(PNG_SIGNATURE);
  expect(trouble.errors, name).toEqual([]);
}

async function openDashboard(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector("main[data-ready=true]");
}

describe("demo screenshots", () => {
  it("shows the demo's HTML report at 1400 px and at 420 px", async () => {
    for (const width of [1400, 420]) {
      const page = await newPage(width);
      await page.goto(pathToFileURL(reportPath).href, { waitUntil: "load" });
      await expect(page.locator("h1").first().textContent()).resolves.toBeTruthy();
      await shoot(page, `report-${width}`);
      await page.close();
    }
  });

  it("shows the dashboard's runs list with the demo's headline numbers", async () => {
    const page = await newPage(1400);
    await openDashboard(page, "#/");
    const row = page.locator("#runs tbody tr", { hasText: runId });
    await expect(row.locator(".headlines div").count()).resolves.toBeGreaterThan(0);
    await expect(row.locator(".verdict-counts .verdict-contradicted").textContent()).resolves.toMatch(/^\d+ contradicted$/);
    await shoot(page, "dashboard-runs");
    await page.close();
  });

  it("shows the run page once its family metrics are in", async () => {
    const page = await newPage(1400);
    await openDashboard(page, `#/run/${runId}`);
    await page.waitForSelector("#metrics[data-ready=true]");
    await page.waitForSelector("#heatmaps-box[data-ready=true]");
    await expect(page.locator("table.family").count()).resolves.toBeGreaterThan(0);
    // Stored with the run when the demo's article ended: read back, not recomputed.
    await expect(page.locator("#verdicts table.verdicts tbody tr").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#probes tbody tr").count()).resolves.toBe(2);
    await expect(page.locator("#ratings .ratings").count()).resolves.toBeGreaterThan(0);
    await shoot(page, "dashboard-run");
    await page.close();
  });

  it("shows the riddles matrix where the hosts disagree, and a chip's transcript", async () => {
    const page = await newPage(1400);
    await openDashboard(page, `#/run/${runId}/matrix?task=riddles&disagree=1`);
    const rows = page.locator("#matrix tbody tr");
    await expect(rows.count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("#matrix tbody tr:not(.disagree)").count()).resolves.toBe(0);
    await shoot(page, "dashboard-matrix");
    const chip = rows.first().locator("a.chip").first();
    const itemId = await rows.first().getAttribute("data-item");
    await page.locator("main").evaluate((main) => main.setAttribute("data-ready", "false"));
    await chip.click();
    await page.waitForSelector("main[data-ready=true]");
    await expect(page.locator("h1").textContent()).resolves.toContain(`riddles / ${itemId} #`);
    // The riddle as its trial asked it, names and numbers filled in, and the answer that trial expected.
    await expect(page.locator("#asked").textContent()).resolves.toMatch(/\S/);
    await expect(page.locator("#asked").textContent()).resolves.not.toMatch(/\{\w+\}/);
    await expect(page.locator("#expected").textContent()).resolves.not.toMatch(/^$|[{}]/);
    await shoot(page, "dashboard-transcript");
    await page.close();
  });

  it("shows the compare page of the demo's two hosts", async () => {
    const page = await newPage(1400);
    await openDashboard(page, `#/compare?a=${runId}&b=${runId}`);
    await expect(page.locator("table.compare").count()).resolves.toBeGreaterThan(0);
    await shoot(page, "dashboard-compare");
    await page.close();
    for (const path of shots) expect(statSync(path).size, path).toBeGreaterThan(10_000);
  });
});
