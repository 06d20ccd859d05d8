import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { describeValue, formatNumber, judgeInterval } from "./interval-verdict.ts";

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
    expect(judgeInterval({ name: "x", value: 0.5, n: 3 }, ">=", 0.4, 1)).toEqual({ status: "inconclusive", evidence: "x 0.5 (n=3): no interval to decide from" });
    expect(judgeInterval(rate("accuracy", 5, 10), ">=", 0.5, 1).evidence).toMatch(/straddles 0.5; no affordable number of trials would decide it/);
    expect(judgeInterval(rate("accuracy", 5, 10), ">=", 0.5001, 1).trialsToDecide).toBeUndefined();
  });
});

describe("describeValue and formatNumber", () => {
  it("show three significant digits and whole numbers above 100", () => {
    expect(describeValue({ name: "a", value: null, n: 0 })).toBe("no value (n=0)");
    expect([0.035612, 0.62, 1, 12.345, 412.7, 10_000_000].map(formatNumber)).toEqual(["0.0356", "0.62", "1", "12.3", "413", "10000000"]);
  });
});
