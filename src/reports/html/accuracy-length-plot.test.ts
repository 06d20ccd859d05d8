import { describe, expect, it } from "vitest";
import { accuracyLengthPlot } from "./accuracy-length-plot.ts";

const series = (label: string, colour: string, accuracies: (number | null)[]) => ({
  label,
  colour,
  points: [1000, 2000, 4000, 8000].map((length, i) => ({ length, accuracy: accuracies[i]!, lower: accuracies[i] === null ? undefined : Math.max(0, accuracies[i]! - 0.1), upper: accuracies[i] === null ? undefined : Math.min(1, accuracies[i]! + 0.1) })),
});

describe("accuracyLengthPlot", () => {
  const svg = accuracyLengthPlot({
    id: "plot-niah",
    title: "niah: needles found by prompt length",
    series: [series("host-a", "#0072B2", [1, 1, 1, 1]), series("<host-b>", "#D55E00", [1, 0.9, null, 0.2])],
    marks: [{ length: 16_000, label: "claimed window 16k (<host-b>)", colour: "#D55E00" }],
  });

  it("draws a line and a band per target, breaking the line where nothing was scored", () => {
    expect(svg.match(/<polygon class="band"/g)).toHaveLength(2);
    const lines = [...svg.matchAll(/<polyline class="series" stroke="([^"]+)" points="([^"]+)"/g)].map((m) => [m[1], m[2]!.split(" ").length]);
    expect(lines).toEqual([["#0072B2", 4], ["#D55E00", 2]]);
    expect(svg.match(/<circle class="point"/g)).toHaveLength(7);
  });

  it("puts 100% at the top and 0% at the bottom, lengths on a log scale stretched to the claimed window", () => {
    const points = [...svg.matchAll(/<circle class="point" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    const [first, second] = [points[0]!, points[1]!];
    expect(first.y).toBe(16);
    const step = second.x - first.x;
    expect(points[2]!.x - second.x).toBeCloseTo(step, 1);
    expect(svg).toMatch(/<line x1="500" y1="16" x2="500" y2="224" class="mark" stroke="#D55E00">/);
    expect(svg).toContain(">needles found</text>");
    expect(svg).toContain(">prompt length (tokens, log scale)</text>");
  });

  it("escapes target names and labels", () => {
    expect(svg).not.toContain("<host-b>");
    expect(svg).toContain("claimed window 16k (&lt;host-b&gt;)");
  });
});
