// The needle-in-a-haystack heatmap in a terminal: depth down, length across, accuracy per cell (with colour on a
// TTY), then the per-length row with intervals and the effective context length it implies.

import { effectiveContextLength, type CellStats, type NiahGrid } from "../families/niah/niah-grid.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";

const RESET = "\u001b[0m";
// Red to green in five steps (256-colour backgrounds with black text), like the usual NIAH pictures.
const SHADES = [196, 208, 220, 148, 40];

export function renderHeatmap(grid: NiahGrid, options: { color: boolean }): string {
  const width = Math.max(5, ...grid.lengths.map((l) => lengthLabel(l).length));
  const lines: string[] = [];
  lines.push(`  ${"depth".padEnd(6)}${grid.lengths.map((l) => lengthLabel(l).padStart(width)).join(" ")}`);
  grid.depths.forEach((depth, d) => {
    const cells = grid.lengths.map((_, l) => paint(cellText(grid.cells[l]?.[d], width), grid.cells[l]?.[d], options.color));
    lines.push(`  ${`${depth}%`.padEnd(6)}${cells.join(" ")}`);
  });
  lines.push(`  ${"all".padEnd(6)}${grid.byLength.map((cell) => paint(cellText(cell, width), cell, options.color)).join(" ")}`);
  lines.push("");
  lines.push("  cells: % of needles found (rej = the host rejected the prompt, err = errors only, . = no samples)");
  for (const [index, length] of grid.lengths.entries()) {
    const cell = grid.byLength[index];
    if (!cell) continue;
    const interval = cell.interval ? ` [${pct(cell.interval.lower)}, ${pct(cell.interval.upper)}]` : "";
    const outcomes = Object.entries(cell.outcomes)
      .filter(([label]) => label !== "correct")
      .map(([label, count]) => `${label} ${count}`)
      .join(", ");
    lines.push(`  ${lengthLabel(length).padStart(width)}: ${cell.accuracy === null ? "n/a" : pct(cell.accuracy)}${interval}  n=${cell.asked}${outcomes ? `  (${outcomes})` : ""}`);
  }
  lines.push(`  ${describeEffective(grid)}`);
  return lines.join("\n") + "\n";
}

export function describeEffective(grid: Pick<NiahGrid, "lengths" | "byLength">): string {
  const effective = effectiveContextLength(grid);
  if (effective.baseline === null) return "effective context length: no scored samples";
  if (effective.threshold === null) return "effective context length: none (no needle found even at the shortest length)";
  const bar = `bar: lower bound >= ${pct(effective.threshold)}, 85% of the ${pct(effective.baseline)} scored at ${lengthLabel(grid.lengths[0]!)}`;
  const more = effective.samplesNeeded === undefined ? "add trials" : `about ${effective.samplesNeeded} samples per length would decide it`;
  if (effective.tokens === undefined) {
    const why = effective.underpowered ? `too few samples: ${more}` : "it fails already at the shortest length";
    return `effective context length: undecided (${why}; ${bar})`;
  }
  const next = effective.firstFailing === undefined ? "held at every length tested" : `fails at ${lengthLabel(effective.firstFailing)}${effective.underpowered ? ` (undecided there: ${more})` : ""}`;
  return `effective context length: ${lengthLabel(effective.tokens)} tokens (${bar}; ${next})`;
}

function cellText(cell: CellStats | undefined, width: number): string {
  if (!cell || cell.samples === 0) return ".".padStart(width);
  if (cell.asked === 0) return "err".padStart(width);
  if (cell.answered === 0 && (cell.outcomes.rejected ?? 0) > 0) return "rej".padStart(width);
  return String(Math.round((cell.accuracy ?? 0) * 100)).padStart(width);
}

function paint(text: string, cell: CellStats | undefined, color: boolean): string {
  if (!color || cell?.accuracy === null || cell?.accuracy === undefined) return text;
  const shade = SHADES[Math.min(SHADES.length - 1, Math.floor(cell.accuracy * SHADES.length))];
  return `\u001b[48;5;${shade}m\u001b[30m${text}${RESET}`;
}

function pct(value: number): string {
  return `${Math.round(value * 100)}%`;
}
