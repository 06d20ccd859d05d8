// The long-context heatmap as inline SVG: depth down, length across, each cell coloured by accuracy (the terminal's
// five steps, in colour-blind-safe colours) with its value written in it, a <title> for hover, and data attributes the
// report's script reads to show the cell's transcripts when it is clicked.

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { accuracyShade, type HeatmapCellView, type HeatmapView } from "../heatmap-cells.ts";
import { escapeHtml } from "./escape.ts";
import { plotId } from "./svg-plot.ts";

/**
 * Few needles found to all found, the terminal heatmap's five steps in Okabe-Ito colours: warm to cool and dark to
 * light to dark, told apart without red-green vision. The last step is dark enough to need light text.
 */
export const HEATMAP_SHADES = ["#D55E00", "#E69F00", "#F0E442", "#56B4E9", "#0072B2"];
const LIGHT_TEXT_SHADES = new Set(["#0072B2"]);
const EMPTY_FILL = "#e4e4e4";

const LABEL_WIDTH = 64;
const CELL_WIDTH = 54;
const CELL_HEIGHT = 26;
const HEADER_HEIGHT = 40;
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
  const id = plotId("heatmap", owner.taskId, owner.targetId);
  const label = `Needles found by prompt length and depth: ${owner.taskId}, ${owner.targetId}`;
  // A group, not an image: its cells are buttons a keyboard reaches.
  parts.push(`<svg class="heatmap" id="${id}" role="group" aria-labelledby="${id}-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  parts.push(`<title id="${id}-title">${escapeHtml(label)}</title>`);
  parts.push(`<text class="axis-label" data-axis="x" x="${LABEL_WIDTH + (width - LABEL_WIDTH) / 2}" y="12" text-anchor="middle">prompt length (tokens)</text>`);
  parts.push(`<text class="axis-label" data-axis="y" x="4" y="${HEADER_HEIGHT - 8}" text-anchor="start">depth</text>`);
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
    textAt(x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4, cell.text, LIGHT_TEXT_SHADES.has(cellFill(cell.accuracy)) ? "hm-value on-dark" : "hm-value") +
    "</g>"
  );
}

function textAt(x: number, y: number, text: string, className: string, anchor: "start" | "middle" = "middle"): string {
  return `<text x="${x}" y="${y}" class="${className}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}
