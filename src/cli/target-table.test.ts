import { describe, expect, it } from "vitest";
import { renderTargetTable } from "./target-table.ts";

const cell = (i: number) => `0.${i}00 [0.${i}00, 0.${i}99] n=20×4`;
const table = (targets: number) => ({
  title: "riddles",
  rows: ["accuracy", "flip_rate"],
  columns: Array.from({ length: targets }, (_, t) => ({ name: `groq:model-${t}`, cells: [cell(t), cell(t + 1)] })),
});

describe("renderTargetTable", () => {
  it("puts targets side by side with the metrics down the left when they fit", () => {
    expect(renderTargetTable(table(2), 120)).toEqual([
      "riddles    groq:model-0                 groq:model-1",
      "accuracy   0.000 [0.000, 0.099] n=20×4  0.100 [0.100, 0.199] n=20×4",
      "flip_rate  0.100 [0.100, 0.199] n=20×4  0.200 [0.200, 0.299] n=20×4",
    ]);
  });

  it("wraps by groups of whole targets, labels repeated, never past the width nor mid-cell", () => {
    const lines = renderTargetTable(table(5), 80);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
    const headings = lines.filter((line) => line.startsWith("riddles"));
    expect(headings.map((line) => line.split(/\s{2,}/).slice(1))).toEqual([["groq:model-0", "groq:model-1"], ["groq:model-2", "groq:model-3"], ["groq:model-4"]]);
    for (let t = 0; t < 5; t++) expect(lines.join("\n")).toContain(cell(t));
    expect(lines.filter((line) => line.startsWith("accuracy"))).toHaveLength(3);
  });

  it("gives a target wider than the width a group of its own rather than cutting it", () => {
    const lines = renderTargetTable(table(2), 30);
    expect(lines.filter((line) => line.startsWith("riddles"))).toHaveLength(2);
    expect(lines).toContain(`accuracy   ${cell(0)}`);
  });
});
