import { describe, expect, it } from "vitest";
import { intervalText, ratingsPlot } from "./ratings-plot.ts";

describe("ratingsPlot", () => {
  const svg = ratingsPlot({
    id: "plot-ratings",
    title: "writing: pairwise ratings",
    rows: [
      { label: "host-a", colour: "#0072B2", rating: 1439, lower: 1042, upper: null },
      { label: "<host-b>", colour: "#D55E00", rating: 561, lower: null, upper: 958 },
      { label: "host-c", colour: "#009E73", rating: 1000 },
    ],
  });

  it("draws each rating as a dot, its interval as a bar, and an arrow on each open side", () => {
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3);
    expect(svg.match(/<rect class="interval"/g)).toHaveLength(2);
    expect(svg.match(/class="open-side"/g)).toHaveLength(2);
    const dots = [...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(dots[0]).toBeGreaterThan(dots[2]!);
    expect(dots[2]).toBeGreaterThan(dots[1]!);
  });

  it("says each interval in words, escaped, and labels both axes", () => {
    expect(svg).toContain("host-a: 1439 [≥ 1042]");
    expect(svg).toContain("&lt;host-b&gt;: 561 [≤ 958]");
    expect(svg).toContain("host-c: 1000 (baseline)");
    expect(intervalText({ lower: null, upper: null })).toBe("[not bounded]");
    expect(intervalText({ lower: 940.4, upper: 1120.6 })).toBe("[940, 1121]");
    expect(svg).toMatch(/data-axis="x"[^>]*>rating/);
    expect(svg).toMatch(/data-axis="y"[^>]*>target</);
  });
});
