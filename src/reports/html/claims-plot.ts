// Claims against measurements as inline SVG: one row per claim on its own scale (tokens, rates and milliseconds do not
// share an axis), the claimed threshold as a dashed line, each target's 95% interval as a bar with its value as a dot.

import { escapeHtml } from "./escape.ts";
import { legendHeight, legendSvg, line, linearScale, plotSvg, round, text, tickLabel, type LegendEntry } from "./svg-plot.ts";

export interface ClaimMeasurement {
  label: string;
  colour: string;
  value: number;
  lower?: number;
  upper?: number;
  /** The verdict's word, said in the dot's hover text. */
  status: string;
}

export interface ClaimRow {
  /** The claim id and what it says, printed above its row. */
  label: string;
  comparison: ">=" | "<=";
  threshold: number;
  measurements: ClaimMeasurement[];
}

export interface ClaimsPlotInput {
  id: string;
  title: string;
  rows: ClaimRow[];
  legend: LegendEntry[];
}

const WIDTH = 520;
const PLOT = { left: 44, right: 24, top: 8 };
const ROW_HEAD = 34;
const BAR_HEIGHT = 14;

export function claimsPlot(input: ClaimsPlotInput): string {
  const parts: string[] = [];
  let top = PLOT.top;
  for (const row of input.rows) {
    parts.push(rowSvg(row, top));
    top += rowHeight(row);
  }
  parts.push(legendSvg(input.legend, PLOT.left, top + 40, WIDTH - PLOT.left));
  const height = top + 32 + legendHeight(input.legend, WIDTH - PLOT.left);
  return plotSvg(
    {
      id: input.id,
      title: input.title,
      description: "One row per claim, each on its own scale: the dashed line is the claimed threshold, each bar a target's 95% interval and the dot its measured value.",
      width: WIDTH,
      height,
      xLabel: "measured value (each row on its own scale)",
      xLabelY: top + 14,
      yLabel: "claim",
    },
    parts.join(""),
  );
}

function rowHeight(row: ClaimRow): number {
  return ROW_HEAD + row.measurements.length * (BAR_HEIGHT + 4) + 30;
}

function rowSvg(row: ClaimRow, top: number): string {
  const values = row.measurements.flatMap((m) => [m.value, m.lower ?? m.value, m.upper ?? m.value]);
  const high = Math.max(row.threshold, ...values);
  const low = Math.min(0, row.threshold, ...values);
  const x = linearScale([low, high === low ? low + 1 : high * 1.05], [PLOT.left, WIDTH - PLOT.right], 4);
  const bottom = top + rowHeight(row) - 30;
  const parts = [text(PLOT.left, top + 13, row.label, "row-label", "start")];
  for (const tick of x.ticks) parts.push(line(x(tick), top + ROW_HEAD - 6, x(tick), bottom, "grid"), text(x(tick), bottom + 12, tickLabel(tick), "tick"));
  row.measurements.forEach((m, i) => {
    const y = top + ROW_HEAD + i * (BAR_HEIGHT + 4) + BAR_HEIGHT / 2;
    const hover = `${m.label}: ${m.status}, measured ${tickLabel(m.value)}${m.lower === undefined ? "" : ` [${tickLabel(m.lower)}, ${tickLabel(m.upper ?? m.value)}]`}`;
    if (m.lower !== undefined && m.upper !== undefined) {
      parts.push(`<rect class="interval" x="${round(x(m.lower))}" y="${round(y - BAR_HEIGHT / 2)}" width="${round(Math.max(2, x(m.upper) - x(m.lower)))}" height="${BAR_HEIGHT}" fill="${m.colour}"></rect>`);
    }
    parts.push(`<circle class="point" cx="${round(x(m.value))}" cy="${round(y)}" r="4.5" fill="${m.colour}"><title>${escapeHtml(hover)}</title></circle>`);
  });
  const at = x(row.threshold);
  const claimed = `claimed ${row.comparison === ">=" ? "≥" : "≤"} ${tickLabel(row.threshold)}`;
  const flip = at > WIDTH - PLOT.right - 110;
  parts.push(line(at, top + ROW_HEAD - 4, at, bottom, "threshold"), text(flip ? at - 4 : at + 4, top + ROW_HEAD - 6, claimed, "mark-label", flip ? "end" : "start"));
  return `<g class="claim-row">${parts.join("")}</g>`;
}
