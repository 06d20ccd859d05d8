// One line per target, the first thing both reports say: how many of its claims the measurements contradicted, and
// what each contradiction measured, in words ("cuts prompts to 12k from the front, loops in 7% of answers"). Every
// number comes from a verdict's measurement (or the context probe behind it); a target with no claims gets its counts.

import type { Verdict, VerdictStatus } from "../core/claim.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import { lengthLabel } from "../families/niah/grid-spec.ts";

export interface HeadlineProbe {
  targetId: string;
  /** none | front | middle | back | unknown */
  truncation: string;
  keptTokens?: number;
}

export interface TargetHeadline {
  targetId: string;
  simulated: boolean;
  /** What follows the target's name: "6 of 8 claims contradicted: cuts prompts to 12k from the front, ...". */
  text: string;
}

export interface HeadlineInput {
  targets: readonly { id: string; simulated: boolean }[];
  verdicts: readonly Verdict[];
  probes: readonly HeadlineProbe[];
  summaries: readonly Pick<TaskTargetSummary, "targetId" | "finished" | "errors" | "guardStops">[];
}

/** How the review says a contradicted metric; other metrics read as "<metric> <value>". */
const METRIC_PHRASES: Record<string, (value: string) => string> = {
  loop_rate: (v) => `loops in ${v} of answers`,
  safe_refusal_rate: (v) => `refuses ${v} of safe prompts`,
  unsafe_compliance_rate: (v) => `complies with ${v} of harmful requests`,
  ttft_ms: (v) => `first token after ${v} ms`,
  output_tokens_per_second: (v) => `${v} tokens/s`,
};

export function targetHeadlines(input: HeadlineInput): TargetHeadline[] {
  return input.targets.map((target) => {
    const verdicts = input.verdicts.filter((v) => v.targetId === target.id);
    if (verdicts.length === 0) return { targetId: target.id, simulated: target.simulated, text: countsOnly(input.summaries.filter((s) => s.targetId === target.id)) };
    const probe = input.probes.find((p) => p.targetId === target.id);
    const contradicted = verdicts.filter((v) => v.status === "contradicted");
    const head = contradicted.length === 0 ? "no claim contradicted" : `${contradicted.length} of ${verdicts.length} claims contradicted: ${contradicted.map((v) => finding(v, probe)).join(", ")}`;
    const rest = (["supported", "inconclusive", "not-tested"] as VerdictStatus[])
      .map((status) => [status, verdicts.filter((v) => v.status === status).length] as const)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`);
    return { targetId: target.id, simulated: target.simulated, text: rest.length === 0 ? head : `${head}; ${rest.join(", ")}` };
  });
}

/** What a contradicted verdict measured, in words. */
export function finding(verdict: Verdict, probe?: HeadlineProbe): string {
  const { claim, measured } = verdict;
  if (claim.kind === "context-window" && probe?.keptTokens !== undefined && ["front", "middle", "back"].includes(probe.truncation)) {
    return `cuts prompts to ${lengthLabel(probe.keptTokens)} from the ${probe.truncation}`;
  }
  if (!measured || measured.value === null) return `${claim.id}: ${verdict.evidence}`;
  const value = measured.value;
  const name = measured.name.replace(/^style:/, "").replace(/ p50$/, "");
  switch (claim.kind) {
    case "context-window":
      return `keeps only ${lengthLabel(value)} tokens whole (claimed ${lengthLabel(claim.threshold ?? 0)})`;
    case "retrieval-accuracy":
      return `finds ${percent(value)} of needles at ${lengthLabel(claim.length ?? 0)} tokens`;
    case "effective-context":
      return `retrieval holds only to ${lengthLabel(value)} tokens (claimed ${lengthLabel(claim.threshold ?? 0)})`;
    case "benchmark":
      return `${claim.benchmark ?? name} ${(value * 100).toFixed(1)} points (claimed ${claim.score ?? "?"})`;
    default: {
      const shown = isRate(name) ? percent(value) : plain(value);
      const phrase = METRIC_PHRASES[name];
      if (phrase) return phrase(shown);
      const perK = /^(.+)_per_1k(_words)?$/.exec(name);
      if (perK) return `${shown} ${perK[1]!.replace(/_/g, " ")} per 1k ${perK[2] ? "words" : "tokens"}`;
      return `${name.replace(/_/g, " ")} ${shown}`;
    }
  }
}

function countsOnly(summaries: HeadlineInput["summaries"]): string {
  const sum = (pick: (s: HeadlineInput["summaries"][number]) => number) => summaries.reduce((n, s) => n + pick(s), 0);
  return `no claims checked; ${count(sum((s) => s.finished), "sample")}, ${count(sum((s) => s.errors), "error")}, ${count(sum((s) => s.guardStops), "loop")} stopped`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

function isRate(name: string): boolean {
  return /(rate|accuracy|compliance|recall)(\[|@|$)/.test(name);
}

function percent(value: number): string {
  return `${Number((value * 100).toPrecision(2))}%`;
}

function plain(value: number): string {
  return Math.abs(value) >= 10 ? Math.round(value).toLocaleString("en-US") : String(Number(value.toPrecision(2)));
}
