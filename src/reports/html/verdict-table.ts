// The claimed-vs-measured table at the top of the HTML report: one row per verdict, status as colour and word.

import type { Verdict } from "../../core/claim.ts";
import { escapeHtml } from "./escape.ts";
import { formatMetric } from "./format-values.ts";
import { htmlTable } from "./html-table.ts";

export function verdictTable(verdicts: readonly Verdict[]): string {
  const rows = verdicts.map((verdict) => [
    `<span class="status status-${verdict.status}">${escapeHtml(verdict.status)}</span>`,
    `${escapeHtml(verdict.claim.statement)}<div class="muted">${escapeHtml(verdict.claim.id)}</div>`,
    escapeHtml(verdict.targetId ?? "no matching target"),
    escapeHtml(verdict.measured ? `${verdict.measured.name} ${formatMetric(verdict.measured)}` : "–"),
    escapeHtml(verdict.evidence),
    verdict.trialsToDecide === undefined ? "–" : escapeHtml(String(verdict.trialsToDecide)),
    sourceCell(verdict),
    verdict.simulated ? `<span class="badge sim">simulated</span>` : "no",
  ]);
  return htmlTable(["status", "claim", "target", "measured [95% interval]", "evidence", "trials to decide", "source", "simulated"], rows, "data verdicts");
}

/** Where the vendor said it (from the claim file) and which run measured it; never turned into a link. */
function sourceCell(verdict: Verdict): string {
  const lines: string[] = [];
  if (verdict.claim.source) lines.push(`claim: ${escapeHtml(verdict.claim.source)}`);
  if (verdict.source) lines.push(`measured: ${escapeHtml(verdict.source)}`);
  return lines.length === 0 ? "–" : lines.join("<br>");
}
