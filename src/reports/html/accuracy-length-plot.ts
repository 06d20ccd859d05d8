// Accuracy against context length as inline SVG: one line per target over its 95% interval band, lengths on a log
// scale, and the claimed windows marked, so where a host falls off (and whether that is inside its claim) shows at once.

import { lengthLabel } from "../../families/niah/grid-spec.ts";
import { escapeHtml } from "./escape.ts";
import { legendHeight, legendSvg, line, linearScale, logScale, plotSvg, round, text } from "./svg-plot.ts";

export interface LengthPoint {
  length: number;
  /** Null when nothing was scored at this length (the line breaks there). */
  accuracy: number | null;
  lower?: number;
  upper?: number;
}

export interface LengthSeries {
  label: string;
  colour: string;
  points: LengthPoint[];
}

export interface LengthMark {
  length: number;
  label: string;
  colour: string;
}

export interface AccuracyLengthInput {
  id: string;
  title: string;
  series: LengthSeries[];
  /** Claimed windows and lengths, drawn as dashed verticals; the axis stretches to include them. */
  marks: LengthMark[];
}

const WIDTH = 520;
const AXIS_Y = 224;
const PLOT = { left: 52, right: 20, top: 16 };

export function accuracyLengthPlot(input: AccuracyLengthInput): string {
  const lengths = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.length)))].sort((a, b) => a - b);
  const all = [...lengths, ...input.marks.map((m) => m.length)];
  const x = logScale([Math.min(...all), Math.max(...all)], [PLOT.left, WIDTH - PLOT.right], lengths);
  const y = linearScale([0, 1], [AXIS_Y, PLOT.top]);
  const entries = input.series.map((s) => ({ label: s.label, colour: s.colour }));
  const height = AXIS_Y + 56 + legendHeight(entries, WIDTH - PLOT.left);
  const parts: string[] = [];
  for (const tick of y.ticks) parts.push(line(PLOT.left, y(tick), WIDTH - PLOT.right, y(tick), "grid"), text(PLOT.left - 6, y(tick) + 4, `${Math.round(tick * 100)}%`, "tick", "end"));
  for (const tick of x.ticks) parts.push(text(x(tick), AXIS_Y + 16, lengthLabel(tick), "tick"));
  parts.push(line(PLOT.left, AXIS_Y, WIDTH - PLOT.right, AXIS_Y, "axis"), line(PLOT.left, PLOT.top, PLOT.left, AXIS_Y, "axis"));
  input.marks.forEach((mark, i) => {
    parts.push(line(x(mark.length), PLOT.top, x(mark.length), AXIS_Y, "mark", ` stroke="${mark.colour}"`));
    parts.push(text(x(mark.length) - 4, AXIS_Y - 6 - i * 14, mark.label, "mark-label", "end"));
  });
  for (const series of input.series) parts.push(seriesSvg(series, x, y));
  parts.push(legendSvg(entries, PLOT.left, AXIS_Y + 56, WIDTH - PLOT.left));
  return plotSvg(
    {
      id: input.id,
      title: input.title,
      description: `Share of needles found at each prompt length, one line per target with its 95% interval as a band${input.marks.length > 0 ? "; dashed lines mark what was claimed" : ""}.`,
      width: WIDTH,
      height: height + 6,
      xLabel: "prompt length (tokens, log scale)",
      xLabelY: AXIS_Y + 36,
      yLabel: "needles found",
    },
    parts.join(""),
  );
}

function seriesSvg(series: LengthSeries, x: (v: number) => number, y: (v: number) => number): string {
  const scored = series.points.filter((p) => p.accuracy !== null);
  const banded = scored.filter((p) => p.lower !== undefined && p.upper !== undefined);
  const parts: string[] = [];
  if (banded.length > 1) {
    const top = banded.map((p) => `${round(x(p.length))},${round(y(p.upper!))}`);
    const bottom = banded.map((p) => `${round(x(p.length))},${round(y(p.lower!))}`).reverse();
    parts.push(`<polygon class="band" fill="${series.colour}" points="${[...top, ...bottom].join(" ")}"></polygon>`);
  }
  for (const run of unbrokenRuns(series.points)) {
    if (run.length > 1) parts.push(`<polyline class="series" stroke="${series.colour}" points="${run.map((p) => `${round(x(p.length))},${round(y(p.accuracy!))}`).join(" ")}"></polyline>`);
  }
  for (const p of scored) {
    parts.push(`<circle class="point" cx="${round(x(p.length))}" cy="${round(y(p.accuracy!))}" r="3.5" fill="${series.colour}"><title>${escapeHtml(`${series.label}, ${lengthLabel(p.length)} tokens: ${Math.round(p.accuracy! * 100)}%`)}</title></circle>`);
  }
  return `<g class="series-group">${parts.join("")}</g>`;
}

/** Consecutive scored points: a length with nothing scored breaks the line instead of being drawn through. */
function unbrokenRuns(points: readonly LengthPoint[]): LengthPoint[][] {
  const runs: LengthPoint[][] = [[]];
  for (const point of points) {
    if (point.accuracy === null) runs.push([]);
    else runs[runs.length - 1]!.push(point);
  }
  return runs.filter((run) => run.length > 0);
}
