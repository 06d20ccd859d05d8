// The probe-context answer as the commands that probe print it, targets across like the metric tables: claimed /
// accepted / kept without cutting / effective / where it cuts, then each probe's evidence on its own wrapped lines.

import type { TargetSpec } from "../core/target.ts";
import { wrapText } from "../core/wrap-text.ts";
import type { ContextProbeResult } from "../probes/context/probe-context.ts";
import { targetLabels } from "./render-summary.ts";
import { renderTargetTable } from "./target-table.ts";

export interface ProbeRow {
  target: TargetSpec;
  id: string;
  result: ContextProbeResult;
  /** The niah run the effective length comes from, when one measured this target. */
  effectiveRun?: string;
}

/** Lines of at most `width` characters, opening with a blank line. */
export function renderProbeTable(rows: readonly ProbeRow[], width: number): string {
  const labels = targetLabels(rows.map((row) => row.target.id), rows.filter((row) => row.target.simulated).map((row) => row.target.id));
  const columns = rows.map(({ target, result, effectiveRun }) => {
    const accepted = `${count(result.acceptedTokens)}${result.rejectedAboveTokens === undefined ? "+" : ""}`;
    const kept = result.truncation.keptTokens !== undefined ? count(result.truncation.keptTokens) : result.truncation.side === "none" ? accepted : "?";
    const effective = effectiveRun === undefined ? "-" : result.effectiveTokens === undefined ? "undecided" : count(result.effectiveTokens);
    const cells = [result.claimedTokens === undefined ? "-" : count(result.claimedTokens), accepted, kept, effective, result.truncation.side, result.tokenRatio === undefined ? "not reported" : result.tokenRatio.toFixed(3), String(result.calls)];
    return { name: labels.get(target.id) ?? target.id, cells };
  });
  const lines = renderTargetTable({ title: "context probes", rows: ["claimed", "accepted", "kept whole", "effective (niah)", "cuts", "host/local tokens", "calls"], columns }, width);
  const notes: string[] = [];
  if (rows.some(({ result }) => result.rejectedAboveTokens === undefined)) notes.push("accepted N+ = nothing up to the probe's ceiling was rejected, so the real limit may be higher");
  if (rows.some((row) => row.effectiveRun === undefined)) notes.push("effective - = no niah run has measured this target yet: `realitycheck run niah --model ...`");
  for (const { target, id, result, effectiveRun } of rows) {
    const source = effectiveRun === undefined ? "" : `; effective length from niah run ${effectiveRun}`;
    notes.push(`${target.id}: ${result.truncation.evidence} (stored as ${id}${source})`);
  }
  return `\n${[...lines, ...notes.flatMap((note) => wrapText(`  ${note}`, width, "    "))].join("\n")}\n`;
}

function count(tokens: number): string {
  return tokens.toLocaleString("en");
}
