// How many questions a benchmark claim needs before anything is asked: at the vendor's own score, the subset size at
// which the verdict's interval would likely (80% power) clear the claim's bar, or, past the whole set, the trials.
// A plan prints it beside the cost, so a user can buy exactly the precision the claim needs.

import type { Claim, ClaimSet } from "../core/claim.ts";
import { builtinClaimSetNames, loadClaimSet } from "./builtin-claim-sets.ts";
import { matchesSubject } from "./evidence.ts";
import { MAX_SAMPLES_TO_DECIDE, samplesToDecideRate } from "../stats/samples-to-decide-rate.ts";

export interface LimitAdvice {
  /** Questions to ask: a --limit below the set's size, or the whole set. */
  questions?: number;
  /** Trials over the whole set, when even all its questions once would not decide it. */
  trials?: number;
  /** "--limit 3567", "all 198 questions × 13 trials", or why nothing would. */
  text: string;
}

const CAP = 20 * MAX_SAMPLES_TO_DECIDE;

export function limitToDecide(claim: Claim, setSize: number): LimitAdvice {
  const samples = samplesToDecideRate((claim.score ?? 0) / 100, claim.threshold ?? 0, ">=", 0, CAP);
  if (samples === undefined) return { text: `no affordable number of questions would decide it (within ${CAP.toLocaleString("en")} answers)` };
  if (samples <= setSize) return { questions: samples, text: `--limit ${samples}` };
  const trials = Math.ceil(samples / setSize);
  return { questions: setSize, trials, text: `all ${setSize} questions × ${trials} trials (--trials ${trials})` };
}

/** The built-in claims about this benchmark whose subject is the target's model. */
export function builtinBenchmarkClaims(benchmark: string, target: { targetId: string; provider: string; model: string }): Claim[] {
  const sets: ClaimSet[] = builtinClaimSetNames().map((name) => loadClaimSet(name));
  return sets.flatMap((set) => set.claims.filter((claim) => claim.kind === "benchmark" && claim.benchmark === benchmark && matchesSubject(claim.subject, target)));
}
