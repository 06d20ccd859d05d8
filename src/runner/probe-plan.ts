// The context probes an article or a claim check will make, sized before anything is sent: per target, the window it
// is claimed to have (a context-window claim about it, else its config's `contextWindow`), the ceiling the search stops
// at (1.25× that claim unless --probe-ceiling says otherwise) and the most that search can cost.

import type { Claim, ClaimSet } from "../core/claim.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Config } from "../config/config-schema.ts";
import { matchesSubject } from "../claims/evidence.ts";
import { estimateProbeCost, type ProbeCostEstimate } from "../probes/context/probe-cost.ts";
import { defaultMaxTokens } from "../probes/context/probe-options.ts";
import { costOf, priceLookup } from "./pricing.ts";
import { PROBE_OUTPUT_TOKENS } from "./probe-session.ts";

export interface ProbePlan {
  target: TargetSpec;
  claimedTokens?: number;
  /** The largest prompt the probe may ask. */
  ceilingTokens: number;
  estimate: ProbeCostEstimate;
  /** The worst case in USD; undefined for a target of unknown price. */
  costUsd?: number;
}

/** The window a probe searches past: a context-window claim about the target, else the one its config states. */
export function claimedWindow(target: TargetSpec, claims: ClaimSet | undefined, config: Config): number | undefined {
  const claim = claims?.claims.find((c: Claim) => c.kind === "context-window" && c.threshold !== undefined && matchesSubject(c.subject, { targetId: target.id, provider: target.provider, model: target.model }));
  return claim?.threshold ?? config.targets?.[target.id]?.contextWindow;
}

/** The largest prompt a target's probe asks: `ceilingTokens` when given (--probe-ceiling), else past its claimed window. */
export function probeCeiling(claimedTokens: number | undefined, ceilingTokens?: number): number {
  return ceilingTokens ?? defaultMaxTokens(claimedTokens);
}

export function planProbes(targets: readonly TargetSpec[], claims: ClaimSet | undefined, config: Config, ceilingTokens?: number): ProbePlan[] {
  const prices = priceLookup(config.pricing);
  return targets.map((target) => {
    const claimedTokens = claimedWindow(target, claims, config);
    const ceiling = probeCeiling(claimedTokens, ceilingTokens);
    const estimate = estimateProbeCost({ maxTokens: ceiling, claimedTokens });
    const price = prices(target);
    const costUsd = price && costOf(price, { inputTokens: estimate.promptTokens, outputTokens: estimate.calls * PROBE_OUTPUT_TOKENS });
    return { target, claimedTokens, ceilingTokens: ceiling, estimate, costUsd };
  });
}
