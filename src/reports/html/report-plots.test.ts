import { describe, expect, it } from "vitest";
import { handMadeModel } from "../../test-support/report-fixtures.ts";
import { claimsFigure, languagePlot, lengthPlot, ratingsFigures, targetColour } from "./report-plots.ts";
import { OKABE_ITO } from "./svg-plot.ts";

describe("the report's plots", () => {
  const model = handMadeModel();

  it("gives each target one colour in every plot", () => {
    expect(model.targets.map((t) => targetColour(model, t.id))).toEqual([OKABE_ITO[0], OKABE_ITO[1]]);
    expect(claimsFigure(model)).toContain(`fill="${OKABE_ITO[1]}"`);
  });

  it("marks the claimed window from the probe on the length plot, and draws nothing where the run has nothing", () => {
    expect(lengthPlot(model, "niah")).toContain("claimed window 10m");
    expect(lengthPlot(model, "dataset")).toBe("");
    expect(ratingsFigures(model, "niah")).toBe("");
    expect(languagePlot(model, "dataset")).toBe("");
  });

  it("draws a task's first headline metric per language when its results are grouped by language", () => {
    const grouped = {
      ...model,
      summaries: model.summaries.map((s) => ({
        ...s,
        groups: [
          { key: "language", value: "en", samples: 2, metrics: [{ name: "accuracy", value: 1, n: 2 }] },
          { key: "language", value: "es", samples: 2, metrics: [{ name: "accuracy", value: 0.5, n: 2, interval: { lower: 0.1, upper: 0.9, level: 0.95, method: "wilson" as const } }] },
        ],
      })),
    };
    const svg = languagePlot(grouped, "dataset");
    expect(svg).toContain("<title id=\"plot-language-dataset-title\">dataset: accuracy by language</title>");
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg).toContain("<title>groq:llama, es: 0.5 [0.1, 0.9]</title>");
  });
});
