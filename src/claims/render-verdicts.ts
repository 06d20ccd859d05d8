// Verdicts as plain text lines for a terminal: a table (claim, target, claimed, measured, verdict, trials to decide),
// each verdict's evidence, and a count per verdict. No colour: the CLI adds it.

import type { Claim, Verdict, VerdictStatus } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { formatTokens } from "./claim-values.ts";
import { formatNumber } from "./interval-verdict.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";

const HEADER = ["claim", "target", "claimed", "measured", "verdict", "trials to decide"];
const NONE = "-";
const STATEMENT_CHARS = 40;
/** Measurements in tokens read best the way windows are stated. */
const TOKEN_MEASURES = new Set(["kept_whole_tokens", "effective_context_length"]);
const STATUS_ORDER: VerdictStatus[] = ["supported", "contradicted", "inconclusive", "not-tested"];

export function renderVerdicts(verdicts: readonly Verdict[]): string[] {
  const rows = verdicts.map((verdict) => [
    verdict.claim.id,
    verdict.targetId === undefined ? NONE : `${verdict.targetId}${verdict.simulated ? " (simulated)" : ""}`,
    claimedText(verdict.claim),
    verdict.measured ? (verdict.claim.kind === "benchmark" ? pointsText(verdict.measured) : measuredText(verdict.measured)) : NONE,
    statusText(verdict.status),
    verdict.trialsToDecide === undefined ? "" : `${verdict.trialsToDecide} trials/cell`,
  ]);
  const widths = HEADER.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join("  ").trimEnd();
  const evidence = verdicts.map((verdict) => `  ${verdict.claim.id}${verdict.targetId === undefined ? "" : ` @ ${verdict.targetId}`}: ${verdict.evidence}`);
  const counts = STATUS_ORDER.map((status) => [status, verdicts.filter((verdict) => verdict.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusText(status)}`);
  return [line(HEADER), line(widths.map((width) => "-".repeat(width))), ...rows.map(line), "", "evidence:", ...evidence, "", counts.join(", ")];
}

/** What the claim says, in the table's words: "window ≥ 10M", "accuracy@1M ≥ 0.9", "mirror_refusal_rate ≤ 0.02". */
export function claimedText(claim: Claim): string {
  const symbol = claim.comparison === ">=" ? "≥" : "≤";
  const threshold = claim.threshold ?? 0;
  switch (claim.kind) {
    case "context-window":
      return `window ${symbol} ${formatTokens(threshold)}`;
    case "effective-context":
      return `effective ${symbol} ${formatTokens(threshold)}`;
    case "retrieval-accuracy":
      return `accuracy@${formatTokens(claim.length ?? 0)} ${symbol} ${formatNumber(threshold)}`;
    case "speed":
      return `${claim.metric} p50 ${symbol} ${formatNumber(threshold)}`;
    case "metric":
    case "style":
      return `${(claim.metric ?? "").replace(/^style:/, "")} ${symbol} ${formatNumber(threshold)}`;
    case "benchmark":
      return `${claim.benchmark} ${claim.metric ?? "score"} ${symbol} ${formatNumber((claim.score ?? 0) - (claim.tolerance ?? 0))} (${formatNumber(claim.score ?? 0)} − ${formatNumber(claim.tolerance ?? 0)})`;
    case "untestable":
      return claim.statement.length > STATEMENT_CHARS ? `${claim.statement.slice(0, STATEMENT_CHARS - 3)}...` : claim.statement;
  }
}

function measuredText(measured: MetricValue): string {
  if (measured.value === null) return NONE;
  const format = TOKEN_MEASURES.has(measured.name) ? formatTokens : formatNumber;
  const interval = measured.interval ? ` [${format(measured.interval.lower)}, ${format(measured.interval.upper)}]` : "";
  return `${format(measured.value)}${interval} ${sampleSizeLabel(measured)}`;
}

/** Benchmark scores read in points, as vendors state them: 0.712 [0.69, 0.73] → 71.2 [69.0, 73.0]. */
function pointsText(measured: MetricValue): string {
  if (measured.value === null) return NONE;
  const points = (value: number) => (value * 100).toFixed(1);
  const interval = measured.interval ? ` [${points(measured.interval.lower)}, ${points(measured.interval.upper)}]` : "";
  return `${points(measured.value)}${interval} n=${measured.n}`;
}

function statusText(status: VerdictStatus): string {
  return status === "not-tested" ? "not tested" : status;
}
