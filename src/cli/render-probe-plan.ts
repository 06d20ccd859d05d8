// The context probe's part of a cost plan, kept apart from the battery's: a probe's worst case depends on the window
// a host is claimed to have, and adding it to a battery that costs cents would hide what the battery costs.

import { lengthLabel } from "../families/niah/grid-spec.ts";
import type { ProbePlan } from "../runner/probe-plan.ts";
import { worstCaseText } from "./render-plan.ts";

export function renderProbePlan(plans: readonly ProbePlan[], ceilingGiven: boolean): string[] {
  const rule = ceilingGiven ? "prompts up to --probe-ceiling" : "prompts up to 1.25x each claimed window, --probe-ceiling to change it";
  const lines = [`  context probe (worst case, usually far less; ${rule}):`];
  for (const { target, claimedTokens, ceilingTokens, estimate, costUsd } of plans) {
    const claimed = claimedTokens === undefined ? "no window claimed" : `claimed ${lengthLabel(claimedTokens)}`;
    lines.push(
      `    ${target.id}: ${claimed}, prompts up to ${lengthLabel(ceilingTokens)}: up to ${estimate.calls} calls, ${estimate.promptTokens.toLocaleString("en")} prompt tokens ` +
        `(${estimate.withoutCut.promptTokens.toLocaleString("en")} if nothing is cut): ${worstCaseText(target.simulated, costUsd)}`,
    );
  }
  return lines;
}

/** The worst case as its parts: what the battery and the probe can each cost, and their sum. */
export function worstCaseLine(batteryUsd: number, probeUsd: number | undefined): string {
  const total = batteryUsd + (probeUsd ?? 0);
  const parts = probeUsd === undefined ? "" : ` (battery $${batteryUsd.toFixed(2)} + context probe $${probeUsd.toFixed(2)})`;
  return `worst case: $${total.toFixed(2)}${parts}; targets of unknown price not counted`;
}
