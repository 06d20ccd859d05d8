// A run's findings in the terminal, as `show` opens with them: the verdicts of every claim set held against the run,
// its targets' context probes, and the pairwise ratings of its targets, all read back from the store.

import { renderVerdicts } from "../claims/render-verdicts.ts";
import type { RunFindings, RunProbe } from "../reports/run-findings.ts";
import { renderRatings } from "./render-ratings.ts";
import { renderTargetTable } from "./target-table.ts";
import { wrapText } from "../core/wrap-text.ts";

/** `labels` name the targets in the probe table's headings, as in the metric tables. */
export function renderFindings(findings: RunFindings, labels: ReadonlyMap<string, string>, width: number): string[] {
  const lines: string[] = [];
  for (const set of findings.verdicts) {
    lines.push("", `claims: ${set.claimSet}${set.simulated ? " (simulated claims about a simulated model)" : ""}`, ...renderVerdicts(set.verdicts, { width }));
  }
  if (findings.probes.length > 0) lines.push("", ...renderProbes(findings.probes, labels, width));
  for (const ratings of findings.ratings) lines.push(...renderRatings(ratings, width).trimEnd().split("\n"));
  return lines;
}

/** Targets across, like the metric tables: claimed / accepted / kept whole / effective / where it cuts. */
function renderProbes(probes: readonly RunProbe[], labels: ReadonlyMap<string, string>, width: number): string[] {
  const rows = ["claimed", "accepted", "kept whole", "effective (niah)", "cuts", "probe"];
  const columns = probes.map((probe) => {
    const accepted = `${tokens(probe.acceptedTokens)}${probe.rejectedAboveTokens === undefined ? "+" : ""}`;
    const kept = probe.keptTokens !== undefined ? tokens(probe.keptTokens) : probe.truncation === "none" ? accepted : "?";
    const when = new Date(probe.createdAt).toISOString().slice(0, 16).replace("T", " ");
    return {
      name: labels.get(probe.targetId) ?? probe.targetId,
      cells: [probe.claimedTokens === undefined ? "-" : tokens(probe.claimedTokens), accepted, kept, probe.effectiveTokens === undefined ? "-" : tokens(probe.effectiveTokens), probe.truncation, probe.madeInRun ? "this run's" : `earlier, ${when}`],
    };
  });
  const lines = renderTargetTable({ title: "context probes", rows, columns }, width);
  if (probes.some((p) => p.rejectedAboveTokens === undefined)) lines.push("  accepted N+ = nothing up to the probe's ceiling was rejected, so the real limit may be higher");
  for (const probe of probes) lines.push(...wrapText(`  ${probe.targetId}: ${probe.evidence}`, width, "    "));
  return lines;
}

function tokens(count: number): string {
  return count.toLocaleString("en");
}
