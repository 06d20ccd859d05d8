// The claimed-vs-measured table at the top of the HTML report: one row per verdict (status as colour and word, the
// claim, the target, the measured value), and under it a line with the evidence, what would decide it, and sources.

import type { Verdict } from "../../core/claim.ts";
import { escapeHtml } from "./escape.ts";
import { notedTable } from "./html-table.ts";
import { metricCell } from "./metric-cell.ts";
import { targetCell } from "./run-tables.ts";

export function verdictTable(verdicts: readonly Verdict[]): string {
  const rows = verdicts.map((verdict) => ({
    cells: [
      `<span class="status status-${verdict.status}">${escapeHtml(verdict.status)}</span>`,
      `${escapeHtml(verdict.claim.statement)}<div class="muted">${escapeHtml(verdict.claim.id)}</div>`,
      verdict.targetId === undefined ? "no matching target" : targetCell(verdict.targetId, verdict.simulated),
      verdict.measured ? `<span class="metric-name">${escapeHtml(verdict.measured.name)}</span> ${metricCell(verdict.measured)}` : "–",
    ],
    note: noteOf(verdict),
  }));
  return notedTable(["status", "claim", "target", "measured [95% interval]"], rows, "data noted verdicts");
}

/** The evidence in full, then the trials that would likely decide an inconclusive verdict, then where claim and measurement come from. */
function noteOf(verdict: Verdict): string {
  const parts = [`<span class="evidence">${escapeHtml(verdict.evidence)}</span>`];
  if (verdict.trialsToDecide !== undefined) parts.push(`<span class="decide">about ${escapeHtml(String(verdict.trialsToDecide))} trials per cell would likely decide it</span>`);
  const sources: string[] = [];
  if (verdict.claim.source) sources.push(`claim: ${escapeHtml(verdict.claim.source)}`);
  if (verdict.source) sources.push(`measured: ${escapeHtml(verdict.source)}`);
  if (sources.length > 0) parts.push(`<span class="sources">${sources.join(" · ")}</span>`);
  return parts.join(" ");
}
