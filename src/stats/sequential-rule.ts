// A sequential decision for one Bernoulli cell against a threshold t: after every new outcome, "above", "below" or
// "continue", so a cell whose answer is already clear stops spending trials (adaptive sampling).
//
// Stated error rate, for an overall α (default 0.05) and any true rate p ≠ t: the chance of deciding the wrong side of
// t is at most α. Before the cap, each side is a beta-mixture likelihood ratio (uniform prior on that side of t) against
// the other side; under that other side it is a nonnegative supermartingale, so by Ville's inequality it ever reaches
// 2/α with probability at most α/2, however often it is looked at (exact, not asymptotic). At maxTrials the rule gives
// the fixed-size Wilson decision at level 1 − α, whose wrong-side error is about α/2. Union: α/2 + α/2 = α.

import { logIncompleteBeta } from "./incomplete-beta.ts";
import { logBeta } from "./log-gamma.ts";
import { wilsonInterval } from "./wilson-interval.ts";

export type SequentialOutcome = "above" | "below" | "continue" | "undecided-at-cap";

export interface SequentialInput {
  successes: number;
  trials: number;
  /** Strictly between 0 and 1. */
  threshold: number;
  /** Overall chance of a wrong-side decision (default 0.05). */
  alpha?: number;
  /** The fixed grid's trials: at (or past) this many the rule returns the fixed-size decision. */
  maxTrials: number;
}

export const DEFAULT_ALPHA = 0.05;

export function sequentialDecision(input: SequentialInput): SequentialOutcome {
  const { successes, trials, threshold, maxTrials } = input;
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  checkInput(input, alpha);
  if (trials > 0) {
    const bar = Math.log(2 / alpha);
    if (logMixtureRatio(successes, trials, threshold, "above") >= bar) return "above";
    if (logMixtureRatio(successes, trials, threshold, "below") >= bar) return "below";
  }
  if (trials < maxTrials) return "continue";
  const interval = wilsonInterval(successes, trials, 1 - alpha);
  if (interval.lower > threshold) return "above";
  if (interval.upper < threshold) return "below";
  return "undecided-at-cap";
}

/**
 * log of ∫ π(p) L(p) dp / L(t), with π uniform on (t, 1) for "above" and on (0, t) for "below", L the Bernoulli
 * likelihood of `successes` in `trials`. The integral is a beta tail: ∫_t^1 p^S (1−p)^F dp = B(S+1, F+1) I_{1−t}(F+1, S+1).
 */
export function logMixtureRatio(successes: number, trials: number, threshold: number, side: "above" | "below"): number {
  const failures = trials - successes;
  const logBetaTerm = logBeta(successes + 1, failures + 1);
  const logTail =
    side === "above" ? logIncompleteBeta(1 - threshold, failures + 1, successes + 1) : logIncompleteBeta(threshold, successes + 1, failures + 1);
  const logPriorDensity = -Math.log(side === "above" ? 1 - threshold : threshold);
  const logNull = successes * Math.log(threshold) + failures * Math.log1p(-threshold);
  return logPriorDensity + logBetaTerm + logTail - logNull;
}

function checkInput(input: SequentialInput, alpha: number): void {
  const { successes, trials, threshold, maxTrials } = input;
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`sequentialDecision: trials must be a non-negative integer, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`sequentialDecision: successes must be an integer in [0, ${trials}], got ${successes}`);
  }
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`sequentialDecision: threshold must be strictly between 0 and 1, got ${threshold}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`sequentialDecision: alpha must be in (0, 1), got ${alpha}`);
  if (!Number.isInteger(maxTrials) || maxTrials < 1) throw new RangeError(`sequentialDecision: maxTrials must be a positive integer, got ${maxTrials}`);
}
