// A sequential decision for one Bernoulli cell against a threshold t: after every new outcome, "above", "below" or
// "continue", so a cell whose answer is already clear stops spending trials (adaptive sampling).
//
// Wald's sequential probability ratio test with an indifference zone [t − δ, t + δ]: the log-likelihood ratio of
// rate t + δ against rate t − δ, stopped "above" once it reaches log(1/α) and "below" once it falls to −log(1/α).
// Stated error rate: for any true rate outside the zone, the chance of deciding the wrong side of t is at most α. For
// p <= t − δ the ratio is a nonnegative supermartingale starting at 1, so by Ville's inequality it ever reaches 1/α
// with probability at most α, however often it is looked at (exact, not asymptotic); the mirror argument covers
// p >= t + δ. Inside the zone either answer may come. The zone is what lets a perfect cell stop in 13 trials against
// 0.85 (α = 0.05), where a test with no zone needs 33. At the cap an undecided cell stays undecided.

export type SequentialOutcome = "above" | "below" | "continue" | "undecided-at-cap";

export interface SequentialInput {
  successes: number;
  trials: number;
  /** Strictly between 0 and 1. */
  threshold: number;
  /** Chance of a wrong-side decision when the rate is outside the zone (default 0.05). */
  alpha?: number;
  /** Half-width δ of the indifference zone (default defaultZone(threshold)). */
  zone?: number;
  /** The most trials the cell gets: at (or past) this many an undecided cell is "undecided-at-cap". */
  maxTrials: number;
}

export const DEFAULT_ALPHA = 0.05;

/** 0.1, or less near 0 and 1 so that the zone keeps a third of the way to the edge free (0.85 → 0.75-0.95, 0.9 → 0.833-0.967). */
export function defaultZone(threshold: number): number {
  return Math.min(0.1, ((1 - threshold) * 2) / 3, (threshold * 2) / 3);
}

export function sequentialDecision(input: SequentialInput): SequentialOutcome {
  const { successes, trials, threshold, maxTrials } = input;
  const alpha = input.alpha ?? DEFAULT_ALPHA;
  const zone = input.zone ?? defaultZone(threshold);
  checkInput(input, alpha, zone);
  const ratio = logLikelihoodRatio(successes, trials, threshold - zone, threshold + zone);
  const bar = Math.log(1 / alpha);
  if (ratio >= bar) return "above";
  if (ratio <= -bar) return "below";
  return trials < maxTrials ? "continue" : "undecided-at-cap";
}

/** log of L(upper) / L(lower) for `successes` in `trials`. */
export function logLikelihoodRatio(successes: number, trials: number, lower: number, upper: number): number {
  return successes * Math.log(upper / lower) + (trials - successes) * Math.log((1 - upper) / (1 - lower));
}

/**
 * The fewest trials in which the test can decide each side at all: all successes to reach "above", all failures to
 * reach "below". A cap below `above` can never show a cell above the threshold, however good it is (what `plan` warns of).
 */
export function fewestTrialsToDecide(threshold: number, alpha = DEFAULT_ALPHA, zone = defaultZone(threshold)): { above: number; below: number } {
  checkInput({ successes: 0, trials: 0, threshold, maxTrials: 1 }, alpha, zone);
  const bar = Math.log(1 / alpha);
  const lower = threshold - zone;
  const upper = threshold + zone;
  return { above: Math.ceil(bar / Math.log(upper / lower) - 1e-9), below: Math.ceil(bar / Math.log((1 - lower) / (1 - upper)) - 1e-9) };
}

/** "wrong-side error at most 0.05 when the rate is outside 0.75-0.95". */
export function describeGuarantee(threshold: number, alpha = DEFAULT_ALPHA, zone = defaultZone(threshold)): string {
  const round = (x: number) => String(Number(x.toFixed(3)));
  return `wrong-side error at most ${alpha} when the rate is outside ${round(threshold - zone)}-${round(threshold + zone)}`;
}

function checkInput(input: SequentialInput, alpha: number, zone: number): void {
  const { successes, trials, threshold, maxTrials } = input;
  if (!Number.isInteger(trials) || trials < 0) throw new RangeError(`sequentialDecision: trials must be a non-negative integer, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`sequentialDecision: successes must be an integer in [0, ${trials}], got ${successes}`);
  }
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`sequentialDecision: threshold must be strictly between 0 and 1, got ${threshold}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`sequentialDecision: alpha must be in (0, 1), got ${alpha}`);
  if (!(zone > 0 && zone < threshold && zone < 1 - threshold)) {
    throw new RangeError(`sequentialDecision: the zone's half-width must be positive and keep threshold ± zone inside (0, 1), got ${zone}`);
  }
  if (!Number.isInteger(maxTrials) || maxTrials < 1) throw new RangeError(`sequentialDecision: maxTrials must be a positive integer, got ${maxTrials}`);
}
