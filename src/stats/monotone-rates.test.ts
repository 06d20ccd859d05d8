import { describe, expect, it } from "vitest";
import { itemRateInterval } from "./item-rate-interval.ts";
import { fallPValue, monotoneRates, pooledRate } from "./monotone-rates.ts";

/** One item asked n times counts as n independent samples here (one item: plain Wilson). */
const rate = (successes: number, trials: number) => itemRateInterval([{ successes, trials }]);
const fit = (counts: [number, number][]) => monotoneRates(counts.map(([s, n]) => rate(s, n))).map((b) => [b.from, b.to, b.estimate.value]);

describe("monotoneRates", () => {
  it("pools a rise with what comes before it (pool-adjacent-violators, weighted by samples)", () => {
    // 18/20 then 20/20: one block of 38/40; 16/20 after it is no decided fall (Fisher p = 0.089), so all pool to 54/60.
    expect(fit([[18, 20], [20, 20]])).toEqual([[0, 1, 0.95]]);
    expect(fallPValue(rate(38, 40), rate(16, 20))).toBeCloseTo(0.0886471798219314, 12);
    expect(fit([[18, 20], [20, 20], [16, 20]])).toEqual([[0, 2, 0.9]]);
  });

  it("keeps a decided fall, and pools one that is not decided", () => {
    expect(fit([[30, 30], [30, 30], [30, 30], [6, 30], [6, 30]])).toEqual([[0, 2, 1], [3, 4, 0.2]]);
    // 30/30 then 27/30: Fisher p = 0.12, pooled; 40/40 then 34/40: p = 0.013 < 0.025, kept.
    expect(fit([[30, 30], [27, 30]])).toEqual([[0, 1, 0.95]]);
    expect(fit([[40, 40], [34, 40]])).toEqual([[0, 0, 1], [1, 1, 0.85]]);
  });

  it("is exact at the edge: one miss at the last of seven perfect lengths is no fall (p = 30/210)", () => {
    const rates = [...Array.from({ length: 6 }, () => rate(30, 30)), rate(29, 30)];
    expect(monotoneRates(rates)).toHaveLength(1);
  });

  it("pools lengths as independent samples: counts and effective sizes add up", () => {
    const pooled = pooledRate([rate(30, 30), rate(15, 30)]);
    expect(pooled).toMatchObject({ value: 0.75, samples: 60, items: 2, effectiveSamples: 60, designEffect: 1 });
    // Wilson 45 of 60 (statsmodels proportion_confint, method="wilson"): [0.62768, 0.84223].
    expect(pooled.interval.lower).toBeCloseTo(0.62768, 5);
    expect(pooled.interval.upper).toBeCloseTo(0.84223, 5);
    // Repeated trials of few items are worth less, and so is their pool.
    const clustered = itemRateInterval([{ successes: 3, trials: 3 }, { successes: 0, trials: 3 }, { successes: 3, trials: 3 }, { successes: 3, trials: 3 }, { successes: 0, trials: 3 }]);
    expect(pooledRate([clustered, clustered]).effectiveSamples).toBeCloseTo(2 * clustered.effectiveSamples, 12);
  });
});
