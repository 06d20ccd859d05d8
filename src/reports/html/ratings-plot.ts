// Pairwise ratings as inline SVG: one row per target, its Bradley-Terry rating as a dot and its 95% interval as a bar;
// a side left open (the target won or lost every comparison) runs to the plot's edge with an arrow.

import { escapeHtml } from "./escape.ts";
import { line, linearScale, plotSvg, round, text } from "./svg-plot.ts";

export interface RatingRow {
  label: string;
  colour: string;
  rating: number;
  /** Null or absent sides are open; no interval at all for the baseline. */
  lower?: number | null;
  upper?: number | null;
}

export interface RatingsPlotInput {
  id: string;
  title: string;
  rows: RatingRow[];
}

const WIDTH = 520;
const PLOT = { left: 44, right: 28, top: 10, bottom: 40 };
const ROW = 40;

export function ratingsPlot(input: RatingsPlotInput): string {
  const finite = input.rows.flatMap((r) => [r.rating, r.lower, r.upper]).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const spread = Math.max(100, Math.max(...finite) - Math.min(...finite));
  const x = linearScale([Math.min(...finite) - spread * 0.15, Math.max(...finite) + spread * 0.15], [PLOT.left, WIDTH - PLOT.right], 5);
  const height = PLOT.top + input.rows.length * ROW + PLOT.bottom;
  const bottom = height - PLOT.bottom;
  const parts: string[] = [];
  for (const tick of x.ticks) parts.push(line(x(tick), PLOT.top, x(tick), bottom, "grid"), text(x(tick), bottom + 14, String(tick), "tick"));
  input.rows.forEach((row, i) => {
    const y = PLOT.top + i * ROW + 26;
    parts.push(text(PLOT.left, y - 10, `${row.label}: ${Math.round(row.rating)} ${intervalText(row)}`, "row-label", "start"));
    const hasInterval = row.lower !== undefined || row.upper !== undefined;
    if (hasInterval) {
      const from = typeof row.lower === "number" && Number.isFinite(row.lower) ? x(row.lower) : PLOT.left;
      const to = typeof row.upper === "number" && Number.isFinite(row.upper) ? x(row.upper) : WIDTH - PLOT.right;
      parts.push(`<rect class="interval" x="${round(from)}" y="${y - 5}" width="${round(Math.max(2, to - from))}" height="10" fill="${row.colour}"></rect>`);
      if (from === PLOT.left) parts.push(arrow(from, y, -1, row.colour));
      if (to === WIDTH - PLOT.right) parts.push(arrow(to, y, 1, row.colour));
    }
    parts.push(`<circle class="point" cx="${round(x(row.rating))}" cy="${y}" r="5" fill="${row.colour}"><title>${escapeHtml(`${row.label}: ${Math.round(row.rating)} ${intervalText(row)}`)}</title></circle>`);
  });
  return plotSvg(
    {
      id: input.id,
      title: input.title,
      description: "Bradley-Terry rating per target, the dot its rating and the bar its 95% interval; an arrow means that side is open.",
      width: WIDTH,
      height,
      xLabel: "rating (Bradley-Terry, 1000 = even)",
      yLabel: "target",
    },
    parts.join(""),
  );
}

/** "[940, 1120]", "[≥ 1042]", "[≤ 958]", "[not bounded]", or "(baseline)" with no interval. */
export function intervalText(row: Pick<RatingRow, "lower" | "upper">): string {
  if (row.lower === undefined && row.upper === undefined) return "(baseline)";
  const lower = typeof row.lower === "number" && Number.isFinite(row.lower) ? Math.round(row.lower) : undefined;
  const upper = typeof row.upper === "number" && Number.isFinite(row.upper) ? Math.round(row.upper) : undefined;
  if (lower === undefined && upper === undefined) return "[not bounded]";
  if (upper === undefined) return `[≥ ${lower}]`;
  if (lower === undefined) return `[≤ ${upper}]`;
  return `[${lower}, ${upper}]`;
}

function arrow(x: number, y: number, direction: 1 | -1, colour: string): string {
  return `<path class="open-side" d="M${round(x)} ${y - 7} L${round(x + 8 * direction)} ${y} L${round(x)} ${y + 7} Z" fill="${colour}"></path>`;
}
