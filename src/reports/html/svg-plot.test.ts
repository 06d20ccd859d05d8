import { describe, expect, it } from "vitest";
import { legendSvg, linearScale, logScale, niceTicks, OKABE_ITO, plotId, plotSvg, seriesColour, tickLabel } from "./svg-plot.ts";

describe("svg-plot", () => {
  it("maps a domain onto a range, upside down as an SVG y axis needs, with round ticks", () => {
    const y = linearScale([0, 1], [200, 0]);
    expect([y(0), y(0.5), y(1)]).toEqual([200, 100, 0]);
    expect(y.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 33_000, 4)).toEqual([0, 10_000, 20_000, 30_000]);
    expect(niceTicks(-3, 7, 5)).toEqual([-2, 0, 2, 4, 6]);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it("spaces doubling lengths evenly on the log scale", () => {
    const x = logScale([1000, 8000], [0, 300], [1000, 2000, 4000, 8000]);
    expect([1000, 2000, 4000, 8000].map(x)).toEqual([0, 100, 200, 300]);
    expect(x.ticks).toEqual([1000, 2000, 4000, 8000]);
  });

  it("prints ticks short and gives series the Okabe-Ito colours in order", () => {
    expect([0.25, 12_000, 1_500_000, 950].map(tickLabel)).toEqual(["0.25", "12k", "1.5M", "950"]);
    expect([0, 1, 8].map(seriesColour)).toEqual([OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[0]]);
    expect(OKABE_ITO).not.toContain("#FF0000");
  });

  it("frames a plot with a title and description it is labelled by, and both axis labels, all escaped", () => {
    const svg = plotSvg({ id: plotId("acc", 'niah "<x>"'), title: "Accuracy <b>", description: "d & e", width: 100, height: 50, xLabel: "length", yLabel: "found" }, "<g></g>");
    expect(svg).toMatch(/^<svg class="plot" id="plot-acc-niah-x" role="img" aria-labelledby="plot-acc-niah-x-title plot-acc-niah-x-desc"/);
    expect(svg).toContain('<title id="plot-acc-niah-x-title">Accuracy &lt;b&gt;</title><desc id="plot-acc-niah-x-desc">d &amp; e</desc>');
    expect(svg).toContain('data-axis="x" x="50" y="44" text-anchor="middle">length</text>');
    expect(svg).toContain('data-axis="y" transform="translate(14 25) rotate(-90)" text-anchor="middle">found</text>');
    expect(svg.endsWith("<g></g></svg>")).toBe(true);
  });

  it("wraps a legend onto a new row when it runs out of width", () => {
    const legend = legendSvg([{ label: "a".repeat(20), colour: "#000" }, { label: "b".repeat(20), colour: "#111" }], 0, 10, 200);
    expect([...legend.matchAll(/<rect x="(\d+)" y="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([[0, 1], [0, 17]]);
  });
});
