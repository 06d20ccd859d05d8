// The probe-context answer, one row per target: claimed / accepted / kept without cutting / where it cuts.

import type { TargetSpec } from "../core/target.ts";
import type { ContextProbeResult } from "../probes/context/probe-context.ts";

export interface ProbeRow {
  target: TargetSpec;
  id: string;
  result: ContextProbeResult;
  /** The niah run the effective length comes from, when one measured this target. */
  effectiveRun?: string;
}

export function renderProbeTable(rows: readonly ProbeRow[]): string {
  const table: string[][] = [["target", "claimed", "accepted", "kept whole", "effective", "cuts", "host/local tokens", "calls"]];
  for (const { target, result, effectiveRun } of rows) {
    const accepted = `${count(result.acceptedTokens)}${result.rejectedAboveTokens === undefined ? "+" : ""}`;
    const kept = result.truncation.keptTokens !== undefined ? count(result.truncation.keptTokens) : result.truncation.side === "none" ? accepted : "?";
    table.push([
      target.simulated ? `${target.id} [simulated]` : target.id,
      result.claimedTokens === undefined ? "-" : count(result.claimedTokens),
      accepted,
      kept,
      effectiveRun === undefined ? "-" : result.effectiveTokens === undefined ? "undecided" : count(result.effectiveTokens),
      result.truncation.side,
      result.tokenRatio === undefined ? "not reported" : result.tokenRatio.toFixed(3),
      String(result.calls),
    ]);
  }
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
  if (rows.some(({ result }) => result.rejectedAboveTokens === undefined)) {
    lines.push("accepted N+ = nothing up to the probe's ceiling was rejected, so the real limit may be higher");
  }
  if (rows.some((row) => row.effectiveRun === undefined)) lines.push("effective - = no niah run has measured this target yet: `realitycheck run niah --model ...`");
  for (const { target, id, result, effectiveRun } of rows) {
    const source = effectiveRun === undefined ? "" : `; effective length from niah run ${effectiveRun}`;
    lines.push(`${target.id}: ${result.truncation.evidence} (stored as ${id}${source})`);
  }
  return "\n" + lines.join("\n") + "\n";
}

function count(tokens: number): string {
  return tokens.toLocaleString("en");
}
