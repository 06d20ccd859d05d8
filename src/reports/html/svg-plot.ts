// What every plot of the HTML report shares: the Okabe-Ito palette (told apart with any colour vision), linear and
// log scales with round ticks, and the frame: an accessible title and description, both axis labels, a legend.

import { escapeHtml } from "./escape.ts";

/** Okabe & Ito's colour-blind-safe palette, in the order series take it (black last). */
export const OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"] as const;

export function seriesColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}

export interface Scale {
  (value: number): number;
  ticks: number[];
}

/** Maps [lower, upper] onto [from, to], with about `count` round ticks. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], count = 5): Scale {
  const [lower, upper] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const scale = ((value: number) => range[0] + ((value - lower) / (upper - lower)) * (range[1] - range[0])) as Scale;
  scale.ticks = niceTicks(lower, upper, count);
  return scale;
}

/** Log base 2 (context lengths double), ticked at the given values. */
export function logScale(domain: readonly [number, number], range: readonly [number, number], ticks: readonly number[]): Scale {
  const [lower, upper] = [Math.log2(domain[0]), Math.log2(domain[0] === domain[1] ? domain[1] * 2 : domain[1])];
  const scale = ((value: number) => range[0] + ((Math.log2(value) - lower) / (upper - lower)) * (range[1] - range[0])) as Scale;
  scale.ticks = [...ticks];
  return scale;
}

/** Multiples of 1, 2 or 5 × 10^k inside [lower, upper]. */
export function niceTicks(lower: number, upper: number, count = 5): number[] {
  const rough = (upper - lower) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(lower / step) * step; tick <= upper + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

/** A short number for a tick: 0.25, 12k, 1.5M. */
export function tickLabel(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e4) return `${trim(value / 1e3)}k`;
  return trim(value);
}

function trim(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export interface PlotFrame {
  /** Unique in the page; made of [a-z0-9-] (see plotId). */
  id: string;
  title: string;
  /** One or two sentences a screen reader says after the title: what is drawn and how to read it. */
  description: string;
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  /** Baseline of the x-axis label; the bottom edge by default. */
  xLabelY?: number;
}

/** An id for a plot from free text (task and target ids): lowercase letters, digits and dashes only. */
export function plotId(...parts: string[]): string {
  return `plot-${parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** The whole <svg>: labelled by its title and description, axis labels at the bottom and left, then `body`. */
export function plotSvg(frame: PlotFrame, body: string): string {
  const { id, width, height } = frame;
  return (
    `<svg class="plot" id="${id}" role="img" aria-labelledby="${id}-title ${id}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="${id}-title">${escapeHtml(frame.title)}</title><desc id="${id}-desc">${escapeHtml(frame.description)}</desc>` +
    `<text class="axis-label" data-axis="x" x="${width / 2}" y="${frame.xLabelY ?? height - 6}" text-anchor="middle">${escapeHtml(frame.xLabel)}</text>` +
    `<text class="axis-label" data-axis="y" transform="translate(14 ${height / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(frame.yLabel)}</text>` +
    body +
    `</svg>`
  );
}

export interface LegendEntry {
  label: string;
  colour: string;
}

const LEGEND_ROW = 16;

/** One swatch and label per series, in a row starting at (x, y); wraps to a new row past `width`. */
export function legendSvg(entries: readonly LegendEntry[], x: number, y: number, width: number): string {
  const parts = legendPlaces(entries, width).map(({ entry, dx, row }) => {
    const [cx, cy] = [x + dx, y + row * LEGEND_ROW];
    return `<rect x="${round(cx)}" y="${cy - 9}" width="12" height="10" fill="${entry.colour}"></rect>` + text(cx + 16, cy, entry.label, "legend", "start");
  });
  return `<g class="legend">${parts.join("")}</g>`;
}

/** The height a legend takes, so a plot can make room for it. */
export function legendHeight(entries: readonly LegendEntry[], width: number): number {
  const rows = Math.max(0, ...legendPlaces(entries, width).map((p) => p.row + 1));
  return rows * LEGEND_ROW;
}

function legendPlaces(entries: readonly LegendEntry[], width: number): { entry: LegendEntry; dx: number; row: number }[] {
  let [dx, row] = [0, 0];
  return entries.map((entry) => {
    const span = 22 + entry.label.length * 7.2;
    if (dx > 0 && dx + span > width) [dx, row] = [0, row + 1];
    const place = { entry, dx, row };
    dx += span + 14;
    return place;
  });
}

export function text(x: number, y: number, content: string, className: string, anchor: "start" | "middle" | "end" = "middle"): string {
  return `<text x="${round(x)}" y="${round(y)}" class="${className}" text-anchor="${anchor}">${escapeHtml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, className: string, extra = ""): string {
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" class="${className}"${extra}></line>`;
}

/** Two decimals at most: the markup stays short and the same numbers always print the same. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
