// The numbers a claim file may write in words: token counts as vendors state them ("10M", "128k") and rates as
// fractions or percentages ("2%"), with the formatting reports use to show them back.

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

const TOKEN_COUNT = /^(\d+(?:\.\d+)?)\s*(k|ki|m|mi)?$/i;
const MULTIPLIERS: Record<string, number> = { "": 1, k: 1_000, ki: 1_024, m: 1_000_000, mi: 1_048_576 };

/** A positive whole number of tokens: 10000000, "10M", "128k", "1.5k"; k = 1,000 and m = 1,000,000 (ki, mi: 1,024 and 1,048,576). */
export function parseTokenCount(raw: unknown): ParsedValue {
  const fail = { ok: false as const, message: `must be a positive token count (e.g. 131072, "128k", "10M"), got ${JSON.stringify(raw)}` };
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 ? { ok: true, value: raw } : fail;
  if (typeof raw !== "string") return fail;
  const found = TOKEN_COUNT.exec(raw.trim());
  if (!found) return fail;
  const value = Math.round(Number(found[1]) * (MULTIPLIERS[(found[2] ?? "").toLowerCase()] ?? 1));
  return value > 0 ? { ok: true, value } : fail;
}

/** A share between 0 and 1: 0.02 or "2%". */
export function parseRate(raw: unknown): ParsedValue {
  const fail = { ok: false as const, message: `must be a rate between 0 and 1 (or a percentage like "2%"), got ${JSON.stringify(raw)}` };
  let value: number | undefined;
  if (typeof raw === "number") value = raw;
  else if (typeof raw === "string" && /^\s*\d+(?:\.\d+)?\s*%\s*$/.test(raw)) value = Number(raw.replace("%", "").trim()) / 100;
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1 ? { ok: true, value } : fail;
}

/** Any finite number, at least `min` when one is given. */
export function parseNumber(raw: unknown, min?: number): ParsedValue {
  if (typeof raw === "number" && Number.isFinite(raw) && (min === undefined || raw >= min)) return { ok: true, value: raw };
  const bound = min === undefined ? "" : ` of at least ${min}`;
  return { ok: false, message: `must be a number${bound}, got ${JSON.stringify(raw)}` };
}

/** A number above zero (milliseconds, tokens per second). */
export function parsePositive(raw: unknown): ParsedValue {
  if (typeof raw === "number" && Number.isFinite(raw) && raw > 0) return { ok: true, value: raw };
  return { ok: false, message: `must be a positive number, got ${JSON.stringify(raw)}` };
}

/** 10000000 -> "10M", 131072 -> "131k", 1500 -> "1.5k", 850 -> "850": the way windows are stated. */
export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${trim(tokens / 1_000_000)}M`;
  if (tokens >= 1_000) return `${trim(tokens / 1_000)}k`;
  return String(Math.round(tokens));
}

function trim(value: number): string {
  return String(Number(value.toFixed(value >= 100 ? 0 : 1)));
}
