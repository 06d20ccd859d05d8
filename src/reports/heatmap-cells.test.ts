import { describe, expect, it } from "vitest";
import { buildGrid, emptyCell } from "../metrics/niah-grid.ts";
import { accuracyShade, cellSummary, cellText, describeEffective, heatmapView } from "./heatmap-cells.ts";
import { niahSample } from "../test-support/report-fixtures.ts";

describe("heatmap cells", () => {
  const grid = buildGrid([
    niahSample(1000, 0, "correct"),
    niahSample(1000, 50, "not_found"),
    niahSample(1000, 50, "correct", 2),
    niahSample(2000, 0, "rejected"),
    niahSample(2000, 50, "correct"),
  ], "niah");

  it("lays cells out depth down, length across, with the all-depths row per length", () => {
    const view = heatmapView(grid);
    expect(view.lengths).toEqual([1000, 2000]);
    expect(view.depths).toEqual([0, 50]);
    expect(view.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["100", "rej"],
      ["50", "100"],
    ]);
    expect(view.byLength.map((cell) => cell.text)).toEqual(["67", "50"]);
    expect(view.rows[1]![0]).toMatchObject({ length: 1000, depth: 50, correct: 1, asked: 2, outcomes: { correct: 1, not_found: 1 } });
    expect(view.byLength[0]!.depth).toBeUndefined();
    expect(view.effective).toBe(describeEffective(grid));
  });

  it("says what a cell found, with its interval and how the rest failed", () => {
    expect(cellSummary(grid.cells[0]![1], 1000, 50)).toBe("1k tokens, depth 50%: 1/2 found (50%, 95% CI 9%-91%); not_found 1");
    expect(cellSummary(grid.byLength[1], 2000)).toMatch(/^2k tokens, all depths: 1\/2 found \(50%.*\); rejected 1$/);
    expect(cellSummary(undefined, 1000, 0)).toBe("1k tokens, depth 0%: no samples");
  });

  it("marks empty, error-only and rejected cells instead of printing 0", () => {
    expect(cellText(undefined)).toBe(".");
    expect(cellText({ ...emptyCell(), samples: 2, outcomes: { "error:timeout": 2 } })).toBe("err");
    expect(cellText({ ...emptyCell(), samples: 1, asked: 1, outcomes: { rejected: 1 }, accuracy: 0 })).toBe("rej");
  });

  it("puts accuracies in colour steps from red to green", () => {
    expect([0, 0.19, 0.2, 0.5, 0.99, 1].map((a) => accuracyShade(a, 5))).toEqual([0, 0, 1, 2, 4, 4]);
  });
});
