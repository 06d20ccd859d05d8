// The part of a plan a benchmark adds: where its size comes from, per-question and per-answer tokens, the typical
// cost beside the worst case, and for each of the vendor's claims about the benchmark the --limit that would likely
// decide it, with what that would cost.

import { builtinBenchmarkClaims, limitToDecide } from "../claims/benchmark-limit.ts";
import { formatNumber } from "../claims/interval-verdict.ts";
import type { TargetSpec } from "../core/target.ts";
import { BENCHMARKS } from "../families/benchmark/benchmarks.ts";
import type { BenchmarkName } from "../families/benchmark/benchmark-definition.ts";
import type { TaskSize } from "../families/task-family.ts";
import type { TargetPlan } from "../runner/plan-run.ts";
import type { PriceLookup } from "../runner/pricing.ts";
import { costOf } from "../runner/pricing.ts";

export function renderBenchmarkPlan(benchmark: BenchmarkName, size: TaskSize, targets: readonly TargetSpec[], plans: readonly TargetPlan[], prices: PriceLookup, trials: number): string[] {
  const typical = size.typicalOutputTokens ?? size.outputCapTokens;
  const lines = [
    `${size.taskId}: ${size.basis}`,
    `  each question ~${size.promptTokensPerItem.toLocaleString("en")} input tokens; an answer ~${typical.toLocaleString("en")} tokens typical (our estimate for 0-shot reasoning), ${size.outputCapTokens.toLocaleString("en")} at most`,
  ];
  for (const target of targets) {
    const plan = plans.find((p) => p.targetId === target.id);
    const price = prices(target);
    const perQuestion = price ? costOf(price, { inputTokens: size.promptTokensPerItem, outputTokens: typical }) * trials : undefined;
    const runCost = perQuestion === undefined ? "unknown price" : `≈ $${(perQuestion * size.items).toFixed(2)} typical (worst case $${(plan?.costUsd ?? 0).toFixed(2)})`;
    lines.push(`  ${target.id}: ${size.items.toLocaleString("en")} questions × ${trials} trial(s), ${runCost}`);
    for (const claim of builtinBenchmarkClaims(benchmark, { targetId: target.id, provider: target.provider, model: target.model })) {
      const advice = limitToDecide(claim, BENCHMARKS[benchmark].knownItems);
      const cost = perQuestion === undefined || advice.questions === undefined ? "" : `, ≈ $${((perQuestion / trials) * advice.questions * (advice.trials ?? 1)).toFixed(2)} typical`;
      const bar = `${formatNumber(claim.score ?? 0)}, held at ≥ ${formatNumber((claim.score ?? 0) - (claim.tolerance ?? 0))}`;
      lines.push(`    claim ${claim.id} (${bar}): ${advice.text} would likely decide it if the host scores what was claimed (80% power)${cost}`);
    }
  }
  return lines;
}
