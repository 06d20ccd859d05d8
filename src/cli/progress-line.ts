// One progress line per target (or per judge, probe or calibration and target): the name shortened in the middle to
// what the width leaves, then fields of fixed width, the same for every line of the block, so each redraw writes the
// same columns and nothing jumps. On a narrow terminal the least useful fields go first (cached, then retries).

import { shortenMiddle } from "../core/shorten-middle.ts";

export interface ProgressCounts {
  /** `groq:meta-llama/llama-4-scout-17b-16e-instruct`, or `judge simulator:judge-sim@demo`. */
  label: string;
  simulated: boolean;
  done: number;
  /** Samples to answer; none for judges, probes and calibration, which count what they asked. */
  total?: number;
  errors: number;
  retries: number;
  cached: number;
  tokens: number;
  costUsd: number;
}

type Field = "count" | "errors" | "tokens" | "cost" | "retries" | "cached" | "eta";

export interface ProgressLayout {
  nameColumn: number;
  fields: Field[];
  /** Digits of the largest count: every count field is this wide. */
  digits: number;
  width: number;
}

const SIMULATED = " [simulated]";
/** Names this long or shorter are never cut to make room for the droppable fields. */
const WANTED_NAME = 30;
const MIN_NAME = 16;
const DROPPABLE: Field[] = ["cached", "retries"];

/** The block's columns: every field that leaves the names room, the name column as wide as that allows. */
export function progressLayout(lines: readonly ProgressCounts[], width: number, withEta: boolean): ProgressLayout {
  const digits = Math.max(3, ...lines.map((counts) => String(counts.total ?? counts.done).length));
  const fields: Field[] = ["count", "errors", "retries", "cached", "tokens"];
  if (lines.some((counts) => !counts.simulated)) fields.push("cost");
  if (withEta) fields.push("eta");
  const longest = Math.max(0, ...lines.map((counts) => (counts.simulated ? counts.label.length + SIMULATED.length : counts.label.length)));
  const room = () => width - 2 - fields.reduce((sum, field) => sum + 2 + fieldWidth(field, digits), 0);
  for (const field of DROPPABLE) {
    if (room() >= Math.min(longest, WANTED_NAME)) break;
    fields.splice(fields.indexOf(field), 1);
  }
  return { nameColumn: Math.max(MIN_NAME, Math.min(longest, room())), fields, digits, width };
}

/** `  name  1204/1604  75%  err    0  retry   12  cached    0  tok   2.14M   $0.1234  eta  1m05s`, at most `width` long. */
export function progressLine(counts: ProgressCounts, layout: ProgressLayout, eta = ""): string {
  const { nameColumn, digits } = layout;
  const name = counts.simulated ? `${shortenMiddle(counts.label, nameColumn - SIMULATED.length)}${SIMULATED}` : shortenMiddle(counts.label, nameColumn);
  const pad = (value: number) => String(value).padStart(digits);
  const text: Record<Field, () => string> = {
    count: () => (counts.total === undefined ? `${pad(counts.done)} asked`.padStart(fieldWidth("count", digits)) : `${pad(counts.done)}/${String(counts.total).padEnd(digits)} ${String(percent(counts.done, counts.total)).padStart(3)}%`),
    errors: () => `err ${pad(counts.errors)}`,
    retries: () => `retry ${pad(counts.retries)}`,
    cached: () => `cached ${pad(counts.cached)}`,
    tokens: () => `tok ${compactCount(counts.tokens).padStart(7)}`,
    cost: () => (counts.simulated ? "" : `$${counts.costUsd.toFixed(4)}`).padStart(fieldWidth("cost", digits)),
    eta: () => (eta === "" ? "" : `eta ${eta.padStart(6)}`),
  };
  const line = `  ${name.padEnd(nameColumn)}${layout.fields.map((field) => `  ${text[field]()}`).join("")}`.trimEnd();
  return line.length > layout.width ? line.slice(0, layout.width) : line;
}

function fieldWidth(field: Field, digits: number): number {
  const widths: Record<Field, number> = { count: 2 * digits + 6, errors: 4 + digits, retries: 6 + digits, cached: 7 + digits, tokens: 11, cost: 9, eta: 10 };
  return widths[field];
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((100 * Math.min(done, total)) / total) : 100;
}

/** 9876, 123.4k, 2.14M: a count in at most 7 characters. */
export function compactCount(value: number): string {
  if (value < 10_000) return String(value);
  if (value < 1_000_000) return `${(value / 1000).toFixed(1)}k`;
  if (value < 1_000_000_000) return `${(value / 1_000_000).toFixed(2)}M`;
  return `${(value / 1_000_000_000).toFixed(2)}G`;
}

/** 9s, 1m05s, 2h07m: a duration in at most 6 characters (longer than 99 hours reads as such). */
export function formatEta(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, "0")}s`;
  const hours = Math.floor(whole / 3600);
  return hours > 99 ? ">99h" : `${hours}h${String(Math.floor((whole % 3600) / 60)).padStart(2, "0")}m`;
}
