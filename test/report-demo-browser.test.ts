// The demo's HTML report in a real browser (headless Chromium, offline) at a desktop width and a phone width: it
// opens with a line per target, every plot is titled for screen readers and has both axis labels, no table makes the
// page wider than the screen, heatmaps stand side by side, and the transcript list starts with failures. Screenshots
// land in test-output/screenshots for a person to look at.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage, type PageTrouble } from "../src/test-support/chromium.ts";
import { runMain } from "../src/test-support/run-main.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const SCREENSHOTS = join(import.meta.dirname, "..", "test-output", "screenshots");

let browser: Browser;
let reportUrl: string;

beforeAll(async () => {
  const cwd = tempDir();
  const demo = await runMain(["demo", "--db", join(cwd, "results.db")], { cwd });
  const path = /^report: (.+\.html)$/m.exec(demo.stdout)?.[1];
  if (demo.code !== 0 || path === undefined) throw new Error(`demo failed (${demo.code}): ${demo.stderr.slice(-2000)}`);
  reportUrl = pathToFileURL(path).href;
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<{ page: Page; trouble: PageTrouble }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const trouble = watchPage(page);
  await page.goto(reportUrl, { waitUntil: "load" });
  await expect.poll(() => page.locator("#rc-count").textContent()).toMatch(/^\d+ of \d+ transcripts match/);
  return { page, trouble };
}

// Page scripts as text: this project's TypeScript has no DOM types.

/** How far the page scrolls sideways: 0 when nothing is wider than the screen. */
const SIDEWAYS_SCROLL = "document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth";

/** Every inline SVG: its id, role, accessible name (its <title> by aria-labelledby, or aria-label) and axis labels. */
const PLOTS = `[...document.querySelectorAll("svg")].map((svg) => {
  const labelledBy = (svg.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
  const title = labelledBy.map((id) => document.getElementById(id)).find((el) => el && el.tagName === "title" && el.parentElement === svg);
  const axis = (which) => (svg.querySelector('.axis-label[data-axis="' + which + '"]')?.textContent || "").trim();
  return { id: svg.id, role: svg.getAttribute("role"), name: (title?.textContent || "").trim() || svg.getAttribute("aria-label") || "", x: axis("x"), y: axis("y") };
})`;

/** Elements that reach past the screen's right edge, other than tables scrolling inside their own box. */
const OVERFLOWING = `[...document.querySelectorAll("table, svg, .scroll, figure, pre, p, li")]
  .filter((el) => !el.closest(".scroll") || el.classList.contains("scroll"))
  .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .map((el) => el.tagName + " " + (el.id || el.getAttribute("class")))`;

interface PlotInfo {
  id: string;
  role: string | null;
  name: string;
  x: string;
  y: string;
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate<number>(SIDEWAYS_SCROLL);
}

describe("the demo's HTML report in Chromium", () => {
  it("at 1400 px: a line per target first, titled plots with axis labels, heatmaps side by side, failures first, no sideways scroll", async () => {
    const { page, trouble } = await open(1400);
    await page.screenshot({ path: join(SCREENSHOTS, "report-1400.png") });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    const headlines = await page.locator("#headlines li").allTextContents();
    expect(headlines).toHaveLength(2);
    expect(headlines[0]).toMatch(/^simulator:llama-sim@host-a simulated: (no claim contradicted|\d+ of \d+ claims contradicted: )/);
    expect(headlines[1]).toMatch(/^simulator:llama-sim-degraded@host-b simulated: \d+ of \d+ claims contradicted: /);
    for (const planted of [/cuts prompts to 12k from the front/, /loops in \d+(\.\d+)?% of answers/, /\d+ emoji per 1k tokens/, /refuses \d+(\.\d+)?% of safe prompts/]) expect(headlines[1]).toMatch(planted);

    const plots = await page.evaluate<PlotInfo[]>(PLOTS);
    const ids = plots.map((p) => p.id);
    for (const expected of ["plot-claims", "plot-length-niah", "plot-language-riddles"]) expect(ids).toContain(expected);
    expect(ids.some((id) => id.startsWith("plot-ratings-writing-"))).toBe(true);
    const heatmaps = ["plot-heatmap-niah-simulator-llama-sim-host-a", "plot-heatmap-niah-simulator-llama-sim-degraded-host-b"];
    for (const expected of heatmaps) expect(ids).toContain(expected);
    expect(new Set(ids).size).toBe(ids.length);
    for (const plot of plots) {
      expect(plot.role, plot.id).toMatch(/^(img|group)$/);
      expect(plot.name, plot.id).not.toBe("");
      expect(plot.x, plot.id).not.toBe("");
      expect(plot.y, plot.id).not.toBe("");
    }

    const tops = await page.locator(heatmaps.map((id) => `#${id}`).join(", ")).evaluateAll((svgs) => svgs.map((svg) => Math.round(svg.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const fills = await page.locator(".hm-cell rect").evaluateAll((rects) => [...new Set(rects.map((r) => r.getAttribute("fill")!.toLowerCase()))]);
    expect(fills.filter((fill) => ["#ff0000", "#00d700", "#00ff00"].includes(fill))).toEqual([]);

    expect(await page.locator("#rc-list details").first().getAttribute("class")).toContain("bad");
    await page.locator("#pathology").scrollIntoViewIfNeeded();
    await page.locator("#verdicts").screenshot({ path: join(SCREENSHOTS, "report-1400-verdicts.png") });
    expect(trouble.errors).toEqual([]);
    await page.close();
  });

  it("at 420 px: nothing wider than the screen, tables scroll inside their own box, plots shrink to fit", async () => {
    const { page, trouble } = await open(420);
    await page.screenshot({ path: join(SCREENSHOTS, "report-420.png") });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const overflowing = await page.evaluate<string[]>(OVERFLOWING);
    expect(overflowing).toEqual([]);
    expect(await page.locator("#headlines li").count()).toBe(2);
    await page.locator("#plot-claims").screenshot({ path: join(SCREENSHOTS, "report-420-claims.png") });
    expect(trouble.errors).toEqual([]);
    await page.close();
  });
});
