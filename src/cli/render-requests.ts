// Every request a run made, by purpose (samples, judges, calibration, probes) and target: what was sent, what came
// from a cache or the run's own records, what failed, and the tokens and cost, so no call of a run goes unseen.

import { REQUEST_PURPOSES, type RequestTotals } from "../core/request.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";

const GAP = "  ";
/** A target column never narrower than this, however narrow the terminal: ids are cut, not the numbers. */
const MIN_TARGET = 12;

/** A table of at most `width` characters: a target id too long for it is cut in the middle. */
export function renderRequestTotals(totals: readonly RequestTotals[], width: number): string {
  if (totals.length === 0) return "";
  const order = (t: RequestTotals) => REQUEST_PURPOSES.indexOf(t.purpose);
  const sorted = [...totals].sort((a, b) => order(a) - order(b) || a.targetId.localeCompare(b.targetId));
  const rows = [["requests", "target", "sent", "cached", "failed", "tokens in", "tokens out", "cost"]];
  for (const t of sorted) {
    rows.push([t.purpose, t.targetId, String(t.sent), String(t.cached), String(t.failed), String(t.inputTokens), String(t.outputTokens), `$${t.costUsd.toFixed(4)}`]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const others = widths.reduce((sum, w, column) => sum + (column === 1 ? 0 : w + GAP.length), 0);
  widths[1] = Math.min(widths[1]!, Math.max(MIN_TARGET, width - others));
  // Names left, numbers right.
  const line = (row: string[]) => row.map((cell, c) => (c < 2 ? shortenMiddle(cell, widths[c]!).padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(GAP);
  return `\n${rows.map(line).join("\n")}\n`;
}
