import { describe, expect, it } from "vitest";
import { languageBarsPlot } from "./language-bars-plot.ts";

describe("languageBarsPlot", () => {
  const svg = languageBarsPlot({
    id: "plot-lang",
    title: "riddles: accuracy by language",
    metric: "accuracy",
    languages: ["en", "es<"],
    bars: [
      [{ label: "a", colour: "#0072B2", value: 1, lower: 0.9, upper: 1 }, { label: "b", colour: "#D55E00", value: 0.5, lower: 0.4, upper: 0.6 }],
      [{ label: "a", colour: "#0072B2", value: 0.25 }, { label: "b", colour: "#D55E00", value: null }],
    ],
    legend: [{ label: "a", colour: "#0072B2" }],
  });

  it("draws a bar per target and language, heights proportional to the value, a whisker per interval", () => {
    const heights = [...svg.matchAll(/<rect class="bar"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3);
    expect(heights[1]! / heights[0]!).toBeCloseTo(0.5, 2);
    expect(heights[2]! / heights[0]!).toBeCloseTo(0.25, 2);
    expect(svg.match(/class="whisker"/g)).toHaveLength(2);
    expect(svg).toContain("<title>b, en: 0.5 [0.4, 0.6]</title>");
  });

  it("labels both axes and escapes language names", () => {
    expect(svg).toMatch(/data-axis="x"[^>]*>language of the question</);
    expect(svg).toMatch(/data-axis="y"[^>]*>accuracy</);
    expect(svg).toContain(">es&lt;</text>");
  });
});
