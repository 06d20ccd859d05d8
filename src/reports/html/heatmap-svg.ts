// The long-context heatmap as inline SVG: depth down, length across, each cell coloured by accuracy (the terminal's
// five steps) with its value written in it, a <title> for hover, and data attributes the report's script reads to
// show the cell's transcripts when it is clicked.

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { accuracyShade, type HeatmapCellView, type HeatmapView } from "../heatmap-cells.ts";
import { escapeHtml } from "./escape.ts";

/** Red to green, the same steps as the terminal heatmap's 256-colour backgrounds. */
export const HEATMAP_SHADES = ["#ff0000", "#ff8700", "#ffd700", "#afd700", "#00d700"];
const EMPTY_FILL = "#e4e4e4";

const LABEL_WIDTH = 64;
const CELL_WIDTH = 54;
const CELL_HEIGHT = 26;
const HEADER_HEIGHT = 24;
const GAP = 8;

export interface HeatmapOwner {
  taskId: string;
  targetId: string;
}

export function heatmapSvg(view: HeatmapView, owner: HeatmapOwner): string {
  const width = LABEL_WIDTH + view.lengths.length * CELL_WIDTH;
  const allY = HEADER_HEIGHT + view.depths.length * CELL_HEIGHT + GAP;
  const height = allY + CELL_HEIGHT;
  const parts: string[] = [];
  const label = `Needles found by prompt length and depth: ${owner.taskId}, ${owner.targetId}`;
  parts.push(`<svg class="heatmap" role="group" aria-label="${escapeHtml(label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(textAt(4, HEADER_HEIGHT - 8, "depth", "hm-axis", "start"));
  view.lengths.forEach((length, l) => parts.push(textAt(LABEL_WIDTH + l * CELL_WIDTH + CELL_WIDTH / 2, HEADER_HEIGHT - 8, lengthLabel(length), "hm-axis")));
  view.rows.forEach((row, d) => {
    const y = HEADER_HEIGHT + d * CELL_HEIGHT;
    parts.push(textAt(4, y + CELL_HEIGHT / 2 + 4, `${view.depths[d]}%`, "hm-axis", "start"));
    row.forEach((cell, l) => parts.push(cellSvg(cell, LABEL_WIDTH + l * CELL_WIDTH, y, owner)));
  });
  parts.push(textAt(4, allY + CELL_HEIGHT / 2 + 4, "all", "hm-axis", "start"));
  view.byLength.forEach((cell, l) => parts.push(cellSvg(cell, LABEL_WIDTH + l * CELL_WIDTH, allY, owner)));
  parts.push("</svg>");
  return parts.join("");
}

/** The colour of a cell: a shade by accuracy, grey when nothing was scored. */
export function cellFill(accuracy: number | null): string {
  return accuracy === null ? EMPTY_FILL : HEATMAP_SHADES[accuracyShade(accuracy, HEATMAP_SHADES.length)]!;
}

function cellSvg(cell: HeatmapCellView, x: number, y: number, owner: HeatmapOwner): string {
  const attributes = [
    `class="hm-cell"`,
    `tabindex="0"`,
    `role="button"`,
    `aria-label="${escapeHtml(cell.summary)}"`,
    `data-task="${escapeHtml(owner.taskId)}"`,
    `data-target="${escapeHtml(owner.targetId)}"`,
    `data-length="${cell.length}"`,
    cell.depth === undefined ? "" : `data-depth="${cell.depth}"`,
  ].filter(Boolean);
  return (
    `<g ${attributes.join(" ")}><title>${escapeHtml(cell.summary)}</title>` +
    `<rect x="${x + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${CELL_HEIGHT - 2}" rx="3" fill="${cellFill(cell.accuracy)}"></rect>` +
    textAt(x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4, cell.text, "hm-value") +
    "</g>"
  );
}

function textAt(x: number, y: number, text: string, className: string, anchor: "start" | "middle" = "middle"): string {
  return `<text x="${x}" y="${y}" class="${className}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}
