// Context-window claims against what probe-context found: the largest prompt the host accepted and kept whole.
// A search, not a sample of trials: accepted within 1% of the claim supports it; a rejection or a silent cut
// below it contradicts it; a probe that never asked that far, or codes that came back inconsistently, cannot say.

import type { Claim } from "../core/claim.ts";
import { formatTokens } from "./claim-values.ts";
import { type Finding, notTested, type TargetEvidence } from "./evidence.ts";

/** The probe's own search precision: a window found within it of the claim is the claimed window. */
const WITHIN = 0.01;

export function contextWindowFinding(claim: Claim, target: TargetEvidence): Finding {
  const probe = target.probe;
  const claimed = claim.threshold as number;
  if (!probe) return notTested("no context probe of this target (run probe-context)");
  const enough = claimed * (1 - WITHIN);
  const keptWhole = probe.truncationSide === "none" ? probe.acceptedTokens : probe.keptTokens;
  const base = { source: probe.id, measured: { name: "kept_whole_tokens", value: keptWhole ?? null, n: probe.calls } };
  const accepted = `accepted ${formatTokens(probe.acceptedTokens)} tokens`;
  const vsClaim = `claimed ${formatTokens(claimed)}`;
  if (keptWhole !== undefined && keptWhole >= enough) {
    const whole = probe.truncationSide === "none" ? "with every planted code back" : `and kept ${formatTokens(keptWhole)} whole`;
    return { ...base, status: "supported", evidence: `${accepted} ${whole} ≥ ${vsClaim}` };
  }
  if (probe.keptTokens !== undefined) {
    return { ...base, status: "contradicted", evidence: `${accepted} but silently cut the ${probe.truncationSide}: kept ${formatTokens(probe.keptTokens)} whole < ${vsClaim}` };
  }
  if (probe.rejectedAboveTokens !== undefined && probe.acceptedTokens < enough) {
    return { ...base, status: "contradicted", evidence: `${accepted}, rejected ${formatTokens(probe.rejectedAboveTokens)} < ${vsClaim}` };
  }
  if (probe.truncationSide !== "none") {
    return { ...base, status: "inconclusive", evidence: `${accepted}, but the planted codes did not come back consistently (${probe.truncationSide}); see the probe` };
  }
  return {
    ...base,
    status: "inconclusive",
    evidence: `${accepted}, every size asked (up to ${formatTokens(probe.largestAskedTokens)}) < ${vsClaim}: probe up to the claim`,
  };
}
