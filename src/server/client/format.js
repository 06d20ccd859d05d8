// How numbers, times and intervals read on the page.

export function num(value, digits = 3) {
  if (value === null || value === undefined) return "";
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(digits);
}

/** A run's status in words: "process_gone" is a run left running by a process that is gone (its lease lapsed). */
export function runStatus(status) {
  return status === "process_gone" ? "interrupted (process gone)" : status;
}

export function int(value) {
  return value === null || value === undefined ? "" : Math.round(value).toLocaleString("en-US");
}

export function ms(value) {
  return value === null || value === undefined ? "" : `${Math.round(value).toLocaleString("en-US")} ms`;
}

export function usd(value) {
  return value === null || value === undefined ? "" : `$${value.toFixed(4)}`;
}

export function pct(value) {
  return value === null || value === undefined ? "" : `${Math.round(value * 100)}%`;
}

export function when(epochMs) {
  return new Date(epochMs).toISOString().replace("T", " ").slice(0, 19);
}

/** `0.800 [0.700, 0.873] n=20×4`: items × trials when trials repeat items (as metrics/sample-size.ts writes it). */
export function metric(value, interval, n, items) {
  if (value === null || value === undefined) return `n/a n=${n ?? 0}`;
  const range = interval ? ` [${num(interval.lower)}, ${num(interval.upper)}]` : "";
  return `${num(value)}${range} ${sampleSize(n, items)}`;
}

function sampleSize(n, items) {
  if (!items || items === n) return `n=${n}`;
  return n % items === 0 ? `n=${items}×${n / items}` : `n=${n} (${items} items)`;
}

export function targetName(id, simulated) {
  return simulated ? `${id} [simulated]` : id;
}
