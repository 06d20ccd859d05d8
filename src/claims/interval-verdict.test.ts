import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { describeValue, formatNumber, judgeInterval, MIN_SAMPLES } from "./interval-verdict.ts";

const rate = (name: string, successes: number, n: number) => ({ name, value: successes / n, n, interval: wilsonInterval(successes, n) });

describe("judgeInterval", () => {
  it("supports a claim only when the whole interval is on its side", () => {
    expect(judgeInterval(rate("accuracy@8k", 40, 40), ">=", 0.9, 1)).toEqual({ status: "supported", evidence: "accuracy@8k 1 [0.912, 1] (n=40) ≥ 0.9" });
  });

  it("contradicts it when the whole interval is on the other side", () => {
    expect(judgeInterval(rate("mirror_refusal_rate", 30, 104), "<=", 0.02, 1)).toEqual({
      status: "contradicted",
      evidence: "mirror_refusal_rate 0.288 [0.21, 0.382] (n=104) > 0.02",
    });
  });

  it("calls a straddling interval inconclusive, with the trials per cell that would decide it", () => {
    const judgement = judgeInterval(rate("mirror_refusal_rate", 0, 104), "<=", 0.02, 1);
    expect(judgement).toMatchObject({ status: "inconclusive", evidence: "mirror_refusal_rate 0 [0, 0.0356] (n=104) straddles 0.02", trialsToDecide: 4 });
  });

  it("will not decide without an interval, and says when no affordable run would", () => {
    expect(judgeInterval({ name: "x", value: 0.5, n: 3 }, ">=", 0.4, 1)).toEqual({ status: "inconclusive", evidence: "x 0.5 (n=3): too few to decide, needs ≥ 10", trialsToDecide: 4 });
    expect(judgeInterval({ name: "x", value: 0, n: 40 }, "<=", 0, 1)).toEqual({
      status: "inconclusive",
      evidence: "x 0 (n=40): no interval, the values barely vary, so how far their mean could be off is unknown",
    });
    expect(judgeInterval(rate("accuracy", 5, 10), ">=", 0.5, 1).evidence).toMatch(/straddles 0.5; no affordable number of trials would decide it/);
    expect(judgeInterval(rate("accuracy", 5, 10), ">=", 0.5001, 1).trialsToDecide).toBeUndefined();
  });
});

describe("minimum evidence", () => {
  it("reads a rate from fewer than 10 samples by its exact interval, and decides nothing below a kind's minimum", () => {
    const fiveOfFive = rate("accuracy", 5, 5);
    expect(fiveOfFive.interval!.lower).toBeGreaterThan(0.5);
    expect(judgeInterval(fiveOfFive, ">=", 0.5, 1)).toMatchObject({ status: "inconclusive", evidence: "accuracy 1 [0.478, 1] (n=5) straddles 0.5" });
    expect(judgeInterval(fiveOfFive, ">=", 0.45, 1)).toMatchObject({ status: "supported" });
    expect(judgeInterval(rate("accuracy", 2, 6), ">=", 0.9, 1)).toMatchObject({ status: "contradicted", evidence: "accuracy 0.333 [0.0433, 0.777] (n=6) < 0.9" });
    const median = { name: "ttft_ms p50", value: 120, n: 5, interval: { lower: 100, upper: 130, level: 0.95, method: "order-statistic" as const } };
    expect(judgeInterval(median, "<=", 300, 1).evidence).toMatch(/needs ≥ 6$/);
    expect(MIN_SAMPLES).toMatchObject({ wilson: 1, bootstrap: 10, "order-statistic": 6 });
  });
});

describe("describeValue and formatNumber", () => {
  it("show three significant digits and whole numbers above 100", () => {
    expect(describeValue({ name: "a", value: null, n: 0 })).toBe("no value (n=0)");
    expect([0.035612, 0.62, 1, 12.345, 412.7, 10_000_000].map(formatNumber)).toEqual(["0.0356", "0.62", "1", "12.3", "413", "10000000"]);
  });
});
