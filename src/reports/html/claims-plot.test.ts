import { describe, expect, it } from "vitest";
import { claimsPlot } from "./claims-plot.ts";

describe("claimsPlot", () => {
  const svg = claimsPlot({
    id: "plot-claims",
    title: "Claims against measurements",
    rows: [
      { label: "loop-rate: <2% loops", comparison: "<=", threshold: 0.02, measurements: [{ label: "a", colour: "#0072B2", value: 0, lower: 0, upper: 0.0024, status: "supported" }, { label: "b", colour: "#D55E00", value: 0.07, lower: 0.056, upper: 0.087, status: "contradicted" }] },
      { label: "window", comparison: ">=", threshold: 32_000, measurements: [{ label: "b", colour: "#D55E00", value: 12_000, status: "contradicted" }] },
    ],
    legend: [{ label: "a", colour: "#0072B2" }, { label: "b", colour: "#D55E00" }],
  });

  it("draws each claim on its own scale: a threshold line, a bar per interval, a dot per value", () => {
    expect(svg.match(/<g class="claim-row">/g)).toHaveLength(2);
    expect(svg.match(/class="threshold"/g)).toHaveLength(2);
    expect(svg.match(/<rect class="interval"/g)).toHaveLength(1 + 1);
    expect(svg.match(/<circle class="point"/g)).toHaveLength(3);
    expect(svg).toContain("claimed ≤ 0.02");
    expect(svg).toContain("claimed ≥ 32k");
    expect(svg).toContain("<title>b: contradicted, measured 12k</title>");
  });

  it("places the dot inside its interval and the threshold between the two targets' values", () => {
    const x = (pattern: RegExp) => Number(pattern.exec(svg)![1]);
    const threshold = x(/<line x1="([\d.]+)"[^>]*class="threshold"/);
    const dots = [...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(dots[0]).toBeLessThan(threshold);
    expect(dots[1]).toBeGreaterThan(threshold);
    const bar = /<rect class="interval" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="#D55E00"/.exec(svg)!;
    expect(dots[1]).toBeGreaterThan(Number(bar[1]));
    expect(dots[1]).toBeLessThan(Number(bar[1]) + Number(bar[2]));
  });

  it("escapes claim text and has both axis labels", () => {
    expect(svg).toContain("loop-rate: &lt;2% loops");
    expect(svg).toMatch(/data-axis="x"[^>]*>measured value/);
    expect(svg).toMatch(/data-axis="y"[^>]*>claim</);
  });
});
