// The long-context grid as users write it: lengths like "1k..1m" (log-spaced), "8k..128k:5" (five points) or
// "1k,85k,300k"; depths like "0..100:10" (a step) or "0,50,100". Sizes use k = 1,000 and m = 1,000,000
// (ki/mi for 1,024 and 1,048,576), the way vendors state windows ("10M", "85K").

import { ConfigError } from "../../core/errors.ts";

const SIZE = /^(\d+(?:\.\d+)?)\s*(k|ki|m|mi)?$/i;
const MULTIPLIERS: Record<string, number> = { "": 1, k: 1_000, ki: 1_024, m: 1_000_000, mi: 1_048_576 };
/** Largest prompt the grid will build: a 10M-token window is the biggest claim on the market. */
export const MAX_LENGTH_TOKENS = 20_000_000;
export const MIN_LENGTH_TOKENS = 100;
/** A grid's most lengths and depths: beyond them a heatmap is unreadable and a typo (a step of 0.001) costs a fortune. */
export const MAX_LENGTHS = 64;
export const MAX_DEPTHS = 101;

export function parseSize(text: string, where: string): number {
  const found = SIZE.exec(text.trim());
  if (!found) throw new ConfigError(`"${text}" is not a token count (e.g. 4000, 85k, 1m)`, where);
  const value = Math.round(Number(found[1]) * (MULTIPLIERS[(found[2] ?? "").toLowerCase()] ?? 1));
  if (value < MIN_LENGTH_TOKENS || value > MAX_LENGTH_TOKENS) {
    throw new ConfigError(`length ${text} is outside ${MIN_LENGTH_TOKENS}..${MAX_LENGTH_TOKENS / 1_000_000}m tokens`, where);
  }
  return value;
}

/** "1k..1m" doubles from 1k up to 1m (the end included); "1k..1m:7" takes 7 log-spaced points; "a,b,c" is a list. */
export function parseLengths(text: string, where = "--lengths"): number[] {
  const range = /^([^.:,]+)\.\.([^.:,]+)(?::(\d+))?$/.exec(text.trim());
  if (!range) return atMost(MAX_LENGTHS, "lengths", sortedUnique(text.split(",").map((part) => parseSize(part, where)), where), where);
  const from = parseSize(range[1] ?? "", where);
  const to = parseSize(range[2] ?? "", where);
  if (to <= from) throw new ConfigError(`range ${text} must go from a smaller to a larger length`, where);
  const points = range[3] === undefined ? Math.floor(Math.log2(to / from) + 1e-9) + 1 : Number(range[3]);
  if (points < 2 || points > MAX_LENGTHS) throw new ConfigError(`range ${text} needs between 2 and ${MAX_LENGTHS} points`, where);
  const lengths = Array.from({ length: points }, (_, i) => Math.round(from * (to / from) ** (i / (points - 1))));
  // Doubling may stop short of the end; the end is what the user asked about, so it is always in.
  if (range[3] === undefined) lengths[lengths.length - 1] = to;
  return sortedUnique(lengths.map(roundLength), where);
}

/** "0..100:10" steps by 10 from 0 to 100; "0..100" uses 11 points; "0,50,100" is a list. Depths are percentages. */
export function parseDepths(text: string, where = "--depths"): number[] {
  const range = /^([\d.]+)\.\.([\d.]+)(?::([\d.]+))?$/.exec(text.trim());
  const depths: number[] = [];
  if (range) {
    const from = depth(range[1] ?? "", where);
    const to = depth(range[2] ?? "", where);
    const step = range[3] === undefined ? (to - from) / 10 : Number(range[3]);
    if (to < from || !(step > 0)) throw new ConfigError(`depth range ${text} must rise by a positive step`, where);
    if ((to - from) / step + 1 > MAX_DEPTHS + 1e-9) throw new ConfigError(`depth range ${text} has more than ${MAX_DEPTHS} depths; take a larger step`, where);
    for (let d = from; d <= to + 1e-9; d += step) depths.push(Math.round(d * 100) / 100);
  } else {
    for (const part of text.split(",")) depths.push(depth(part, where));
  }
  return atMost(MAX_DEPTHS, "depths", sortedUnique(depths, where), where);
}

function depth(text: string, where: string): number {
  const value = Number(text.trim().replace(/%$/, ""));
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new ConfigError(`depth "${text}" must be a percentage between 0 and 100`, where);
  }
  return value;
}

/** Readable grid labels: 1000 -> "1k", 85000 -> "85k", 1048576 -> "1mi", 1500 -> "1.5k". */
export function lengthLabel(tokens: number): string {
  if (tokens % 1_048_576 === 0) return `${tokens / 1_048_576}mi`;
  if (tokens % 1_000_000 === 0) return `${tokens / 1_000_000}m`;
  if (tokens % 1_024 === 0 && tokens % 1_000 !== 0) return `${tokens / 1_024}ki`;
  if (tokens >= 1_000) return `${Number((tokens / 1_000).toFixed(1))}k`;
  return String(tokens);
}

/** Log-spaced points land on awkward numbers; three significant digits keep labels readable. */
function roundLength(tokens: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(tokens)) - 2);
  return Math.round(tokens / magnitude) * magnitude;
}

function atMost(max: number, what: string, values: number[], where: string): number[] {
  if (values.length > max) throw new ConfigError(`${values.length} ${what} is more than the ${max} a grid may have`, where);
  return values;
}

function sortedUnique(values: number[], where: string): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new ConfigError("needs at least one value", where);
  return sorted;
}
