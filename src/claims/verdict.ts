// Claims held against evidence: one verdict per claim and matching target. Claims no battery can test, and claims
// no target or measurement answers, are listed as not tested with the reason, never dropped.

import type { Claim, ClaimKind, ClaimSet, Verdict } from "../core/claim.ts";
import { type Evidence, type Finding, matchesSubject, type TargetEvidence } from "./evidence.ts";
import { benchmarkFinding } from "./benchmark-verdict.ts";
import { metricFinding, speedFinding, styleFinding } from "./metric-verdicts.ts";
import { effectiveContextFinding, retrievalFinding } from "./niah-verdicts.ts";
import { contextWindowFinding } from "./probe-verdict.ts";

export const NOT_TESTED_HERE = "not tested here: no battery in realitycheck measures this";

const FINDERS: Record<Exclude<ClaimKind, "untestable">, (claim: Claim, target: TargetEvidence) => Finding> = {
  "context-window": contextWindowFinding,
  "retrieval-accuracy": retrievalFinding,
  "effective-context": effectiveContextFinding,
  metric: metricFinding,
  speed: speedFinding,
  style: styleFinding,
  benchmark: benchmarkFinding,
};

export function decideVerdict(claim: Claim, evidence: Evidence, targetId: string): Verdict {
  const target = evidence.targets.find((candidate) => candidate.targetId === targetId);
  if (claim.kind === "untestable") return { claim, targetId, status: "not-tested", evidence: untestedBecause(claim), simulated: target?.simulated ?? false };
  if (!target) return { claim, targetId, status: "not-tested", evidence: `no measurements of ${targetId}`, simulated: false };
  const finding = FINDERS[claim.kind](claim, target);
  return { claim, targetId, ...finding, source: finding.source ?? target.runId, simulated: target.simulated };
}

export function judgeClaims(claimSet: ClaimSet, evidence: Evidence): Verdict[] {
  const simulated = claimSet.simulated ?? false;
  return claimSet.claims.flatMap((claim): Verdict[] => {
    if (claim.kind === "untestable") return [{ claim, status: "not-tested", evidence: untestedBecause(claim), simulated }];
    const targets = evidence.targets.filter((target) => matchesSubject(claim.subject, target));
    if (targets.length === 0) {
      const host = claim.subject.host === undefined ? "" : ` on ${claim.subject.host}`;
      return [{ claim, status: "not-tested", evidence: `no target matches model "${claim.subject.model}"${host}`, simulated }];
    }
    return targets.map((target) => decideVerdict(claim, evidence, target.targetId));
  });
}

function untestedBecause(claim: Claim): string {
  return claim.reason === undefined ? NOT_TESTED_HERE : `not tested here: ${claim.reason}`;
}
