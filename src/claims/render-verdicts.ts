// Verdicts as plain text lines for a terminal, fitted to a width: per verdict one row (claim, target, verdict, measured
// against the claimed bound) and its evidence on the next lines, indented; then a count per verdict. No colour: the
// CLI adds it. verify, article, demo and show all print verdicts through this.

import type { Claim, Verdict, VerdictStatus } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { shortenMiddle } from "../core/shorten-middle.ts";
import { wrapText } from "../core/wrap-text.ts";
import { formatTokens } from "./claim-values.ts";
import { formatNumber } from "./interval-verdict.ts";
import { sampleSizeLabel } from "../metrics/sample-size.ts";

export interface VerdictTableOptions {
  /** Characters per line (the terminal's width); 120 when not given. */
  width?: number;
}

const HEADER = ["claim", "target", "verdict", "measured vs claimed"] as const;
const NONE = "-";
const STATEMENT_CHARS = 40;
const EVIDENCE_INDENT = "    ";
/** Narrower than this, ids are cut in the middle rather than the row running on. */
const MIN_NAME = 16;
const MAX_CLAIM = 28;
const SIMULATED_MARK = "*";
/** Measurements in tokens read best the way windows are stated. */
const TOKEN_MEASURES = new Set(["kept_whole_tokens", "effective_context_length"]);
const STATUS_ORDER: VerdictStatus[] = ["supported", "contradicted", "inconclusive", "not-tested"];

export function renderVerdicts(verdicts: readonly Verdict[], options: VerdictTableOptions = {}): string[] {
  const width = options.width ?? 120;
  const rows = verdicts.map((verdict) => ({
    claim: verdict.claim.id,
    target: verdict.targetId === undefined ? NONE : `${verdict.targetId}${verdict.simulated ? SIMULATED_MARK : ""}`,
    status: statusText(verdict.status),
    against: againstText(verdict),
  }));
  const longest = (cells: string[], title: string) => Math.max(title.length, ...cells.map((cell) => cell.length));
  const claimWidth = Math.min(MAX_CLAIM, longest(rows.map((row) => row.claim), HEADER[0]));
  const statusWidth = longest(rows.map((row) => row.status), HEADER[2]);
  const againstWidth = longest(rows.map((row) => row.against), HEADER[3]);
  const targetLongest = longest(rows.map((row) => row.target), HEADER[1]);
  const targetWidth = Math.min(targetLongest, Math.max(MIN_NAME, width - claimWidth - statusWidth - againstWidth - 6));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd([claimWidth, targetWidth, statusWidth][column] ?? 0)).join("  ").trimEnd();
  const room = width - claimWidth - targetWidth - statusWidth - 6;
  const header = room >= HEADER[3].length ? HEADER : [...HEADER.slice(0, 3), "measured"];
  const rule = [claimWidth, targetWidth, statusWidth, Math.min(againstWidth, room)];
  const lines = [line(header), line(rule.map((w) => "-".repeat(w)))];
  verdicts.forEach((verdict, index) => {
    const row = rows[index]!;
    const cells = [shortenMiddle(row.claim, claimWidth), shortenMiddle(row.target, targetWidth), row.status];
    const whole = line([...cells, row.against]);
    // A measurement is never cut: when it does not fit beside the others, it opens the evidence instead.
    const fits = whole.length <= width;
    lines.push(fits ? whole : line(cells));
    const more = verdict.trialsToDecide === undefined ? "" : `; about ${verdict.trialsToDecide} trials per cell would decide it`;
    const evidence = `${EVIDENCE_INDENT}${fits || row.against === NONE ? "" : `${row.against}: `}${verdict.evidence}${more}`;
    lines.push(...wrapText(evidence, width, EVIDENCE_INDENT));
  });
  const counts = STATUS_ORDER.map((status) => [status, verdicts.filter((verdict) => verdict.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusText(status)}`);
  const note = verdicts.some((verdict) => verdict.simulated) ? wrapText(`${SIMULATED_MARK} simulated: the provider simulator, a test double; not any model's results`, width) : [];
  return [...lines, ...note, "", counts.join(", ")];
}

/** The row's measurement against the claim's bound: "0.952 [0.842, 0.987] n=21×2 vs ≥ 0.9"; an untestable claim's words. */
function againstText(verdict: Verdict): string {
  const { claim, measured } = verdict;
  if (claim.kind === "untestable") return claimedText(claim);
  const value = measured ? (claim.kind === "benchmark" ? pointsText(measured) : measuredText(measured)) : NONE;
  return `${value} vs ${claimedBound(claim)}`;
}

/** The claimed side alone, "≥ 10M", "≤ 0.02", "≥ 72.3 (74.3 − 2)": the claim id and the evidence say of what. */
function claimedBound(claim: Claim): string {
  const symbol = claim.comparison === ">=" ? "≥" : "≤";
  const threshold = claim.threshold ?? 0;
  if (claim.kind === "context-window" || claim.kind === "effective-context") return `${symbol} ${formatTokens(threshold)}`;
  if (claim.kind === "benchmark") return `${symbol} ${formatNumber((claim.score ?? 0) - (claim.tolerance ?? 0))} (${formatNumber(claim.score ?? 0)} − ${formatNumber(claim.tolerance ?? 0)})`;
  return `${symbol} ${formatNumber(threshold)}`;
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
