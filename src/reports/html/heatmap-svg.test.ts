import { describe, expect, it } from "vitest";
import { buildGrid } from "../../metrics/niah-grid.ts";
import { heatmapView } from "../heatmap-cells.ts";
import { niahSample } from "../../test-support/report-fixtures.ts";
import { cellFill, heatmapSvg, HEATMAP_SHADES } from "./heatmap-svg.ts";

const CELL = /<g class="hm-cell"[^>]*?data-length="(\d+)"(?: data-depth="([\d.]+)")?><title>([^<]*)<\/title><rect[^>]*fill="([^"]+)"><\/rect><text[^>]*>([^<]*)<\/text><\/g>/g;

describe("heatmapSvg", () => {
  const view = heatmapView(buildGrid([niahSample(1000, 0, "correct"), niahSample(1000, 50, "not_found"), niahSample(2000, 0, "rejected")], "niah"));

  it("writes every cell's value, colour and hover summary, and the all-depths row", () => {
    const svg = heatmapSvg(view, { taskId: "niah", targetId: "simulator:honest@a" });
    const cells = [...svg.matchAll(CELL)].map(([, length, depth, title, fill, text]) => ({ length, depth, title, fill, text }));
    expect(cells).toEqual([
      { length: "1000", depth: "0", title: "1k tokens, depth 0%: 1/1 found (100%, 95% CI 21%-100%)", fill: HEATMAP_SHADES[4], text: "100" },
      { length: "2000", depth: "0", title: expect.stringContaining("rejected 1"), fill: HEATMAP_SHADES[0], text: "rej" },
      { length: "1000", depth: "50", title: expect.stringContaining("not_found 1"), fill: HEATMAP_SHADES[0], text: "0" },
      { length: "2000", depth: "50", title: "2k tokens, depth 50%: no samples", fill: cellFill(null), text: "." },
      { length: "1000", depth: undefined, title: expect.stringContaining("all depths: 1/2"), fill: HEATMAP_SHADES[2], text: "50" },
      { length: "2000", depth: undefined, title: expect.stringContaining("all depths: 0/1 found"), fill: HEATMAP_SHADES[0], text: "rej" },
    ]);
  });

  it("escapes task and target names in its attributes and needs no namespace URL", () => {
    const svg = heatmapSvg(view, { taskId: 'n"><script>', targetId: "t'<b>" });
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).toContain('data-task="n&quot;&gt;&lt;script&gt;"');
    expect(svg).toContain('data-target="t&#39;&lt;b&gt;"');
    expect(svg).not.toContain("http");
  });

  it("is titled for screen readers, labels both axes, and uses no pure red or green", () => {
    const svg = heatmapSvg(view, { taskId: "niah", targetId: "simulator:honest@a" });
    expect(svg).toMatch(/^<svg class="heatmap" id="plot-heatmap-niah-simulator-honest-a" role="group" aria-labelledby="plot-heatmap-niah-simulator-honest-a-title"/);
    expect(svg).toContain('<title id="plot-heatmap-niah-simulator-honest-a-title">Needles found by prompt length and depth: niah, simulator:honest@a</title>');
    expect(svg).toMatch(/data-axis="x"[^>]*>prompt length \(tokens\)</);
    expect(svg).toMatch(/data-axis="y"[^>]*>depth</);
    for (const shade of HEATMAP_SHADES) expect(shade.toLowerCase()).not.toMatch(/^#(ff0000|00ff00|00d700|ff8700)$/);
    expect(svg).toContain('class="hm-value on-dark"');
  });
});
