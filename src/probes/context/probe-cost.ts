// An upper bound on what a context probe can spend, before it starts: the CLI shows "up to N calls, up to M prompt
// tokens" (and prices M). Each bound follows a branch of the searches, taking the most every branch can ask.

import { growthSizes } from "./accepted-limit.ts";
import { adjacentBisectionSteps, bisectionSteps, MAX_JUMPS, shrinkSizes } from "./narrow-bracket.ts";
import { type ProbeContextOptions, resolveProbeOptions } from "./probe-options.ts";

export interface CostBound {
  calls: number;
  /** Prompt tokens over all calls, in local tokens. */
  promptTokens: number;
}

export interface ProbeCostEstimate extends CostBound {
  /**
   * The bound when the host cuts nothing and the model overlooks at most one code (the common case), so a plan can
   * say what a probe usually stays under: finding a cut costs up to a whole second search near the check size.
   */
  withoutCut: CostBound;
}

interface LimitScenario extends CostBound {
  /** The largest accepted size, where the truncation check starts. */
  checkTokens: number;
}

export function estimateProbeCost(options: ProbeContextOptions): ProbeCostEstimate {
  const { startTokens, maxTokens, precision, claimedTokens } = resolveProbeOptions(options);
  const sizes = growthSizes(startTokens, maxTokens, claimedTokens);
  const first = sizes[0] ?? maxTokens;
  const scenarios: LimitScenario[] = [{ calls: sizes.length, promptTokens: sum(sizes), checkTokens: sizes.at(-1) ?? maxTokens }];
  // Rejected while growing: narrow between the last two sizes.
  for (let k = 1; k < sizes.length; k++) {
    const rejected = sizes[k] as number;
    const narrow = bisectionSteps({ good: sizes[k - 1] as number, bad: rejected }, precision) + MAX_JUMPS;
    scenarios.push({ calls: k + 1 + narrow, promptTokens: sum(sizes.slice(0, k + 1)) + narrow * rejected, checkTokens: rejected });
  }
  // The first size rejected: shrink until one is accepted, then narrow. (Rejected all the way down costs less.)
  const shrink = shrinkSizes(first);
  shrink.forEach((accepted, j) => {
    const rejected = j === 0 ? first : (shrink[j - 1] as number);
    const narrow = bisectionSteps({ good: accepted, bad: rejected }, precision) + MAX_JUMPS;
    scenarios.push({ calls: 2 + j + narrow, promptTokens: first + sum(shrink.slice(0, j + 1)) + narrow * rejected, checkTokens: rejected });
  });

  // Truncation: a confirming re-ask at the check size, a shrink when the code is missing everywhere asked, a
  // narrowing (with jumps), a re-ask of its last missing point, and a second narrowing if that was a miss. Every
  // ask is at most the check size.
  const truncationCalls = 1 + shrinkSizes(first).length + adjacentBisectionSteps(precision) + MAX_JUMPS + 1 + adjacentBisectionSteps(precision);
  // Without a cut, at most one re-ask at the check size to tell a model miss from a cut.
  return { ...worstCase(scenarios, truncationCalls), withoutCut: worstCase(scenarios, 1) };
}

function worstCase(scenarios: readonly LimitScenario[], truncationCalls: number): CostBound {
  let calls = 0;
  let promptTokens = 0;
  for (const scenario of scenarios) {
    calls = Math.max(calls, scenario.calls + truncationCalls);
    promptTokens = Math.max(promptTokens, scenario.promptTokens + truncationCalls * scenario.checkTokens);
  }
  return { calls, promptTokens };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
