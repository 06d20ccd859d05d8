// Fisher's exact test that one rate is above another (independent samples): the one-sided p-value, from the
// hypergeometric distribution of the successes given both totals. Exact at any count, so one miss among 210 answers
// is not a fall, as normal approximations near 0 and 1 would make it.

import { logGamma } from "./log-gamma.ts";

/** P(the second sample has this few successes or fewer | the margins): small when the first rate is above the second. */
export function fisherExactGreater(firstSuccesses: number, firstTrials: number, secondSuccesses: number, secondTrials: number): number {
  for (const [successes, trials] of [[firstSuccesses, firstTrials], [secondSuccesses, secondTrials]] as const) {
    if (!Number.isInteger(trials) || trials < 1 || !Number.isInteger(successes) || successes < 0 || successes > trials) {
      throw new RangeError(`fisherExactGreater: need integer 0 <= successes <= trials, trials >= 1, got ${successes}/${trials}`);
    }
  }
  const total = firstTrials + secondTrials;
  const successes = firstSuccesses + secondSuccesses;
  const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  const denominator = logChoose(total, secondTrials);
  let p = 0;
  for (let x = Math.max(0, successes - firstTrials); x <= secondSuccesses; x++) {
    p += Math.exp(logChoose(successes, x) + logChoose(total - successes, secondTrials - x) - denominator);
  }
  return Math.min(1, p);
}
