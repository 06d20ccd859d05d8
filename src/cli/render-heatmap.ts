// The needle-in-a-haystack heatmap in a terminal: depth down, length across, accuracy per cell (with colour on a
// TTY), then the per-length row with intervals and the effective context length it implies. Cell texts, colour
// steps and the effective-length sentence come from reports/heatmap-cells.ts, shared with the HTML and Markdown reports.

import type { CellStats, NiahGrid } from "../metrics/niah-grid.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";
import { accuracyShade, CELL_LEGEND, cellText, describeEffective } from "../reports/heatmap-cells.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";

const RESET = "\u001b[0m";
// Red to green in five steps (256-colour backgrounds with black text), like the usual NIAH pictures.
const SHADES = [196, 208, 220, 148, 40];

export function renderHeatmap(grid: NiahGrid, options: { color: boolean }): string {
  const width = Math.max(5, ...grid.lengths.map((l) => lengthLabel(l).length));
  const lines: string[] = [];
  lines.push(`  ${"depth".padEnd(6)}${grid.lengths.map((l) => lengthLabel(l).padStart(width)).join(" ")}`);
  grid.depths.forEach((depth, d) => {
    const cells = grid.lengths.map((_, l) => paint(cellText(grid.cells[l]?.[d]).padStart(width), grid.cells[l]?.[d], options.color));
    lines.push(`  ${`${depth}%`.padEnd(6)}${cells.join(" ")}`);
  });
  lines.push(`  ${"all".padEnd(6)}${grid.byLength.map((cell) => paint(cellText(cell).padStart(width), cell, options.color)).join(" ")}`);
  lines.push("");
  lines.push(`  ${CELL_LEGEND}`);
  for (const [index, length] of grid.lengths.entries()) {
    const cell = grid.byLength[index];
    if (!cell) continue;
    const interval = cell.interval ? ` [${pct(cell.interval.lower)}, ${pct(cell.interval.upper)}]` : "";
    const outcomes = Object.entries(cell.outcomes)
      .filter(([label]) => label !== "correct")
      .map(([label, count]) => `${label} ${count}`)
      .join(", ");
    lines.push(`  ${lengthLabel(length).padStart(width)}: ${cell.accuracy === null ? "n/a" : pct(cell.accuracy)}${interval}  ${sampleSizeLabel({ n: cell.asked, items: cell.items })}${outcomes ? `  (${outcomes})` : ""}`);
  }
  lines.push(`  ${describeEffective(grid)}`);
  return lines.join("\n") + "\n";
}

function paint(text: string, cell: CellStats | undefined, color: boolean): string {
  if (!color || cell?.accuracy === null || cell?.accuracy === undefined) return text;
  return `\u001b[48;5;${SHADES[accuracyShade(cell.accuracy, SHADES.length)]}m\u001b[30m${text}${RESET}`;
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}
