import { describe, expect, it } from "vitest";
import type { Claim, Verdict } from "../core/claim.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { claimedText, renderVerdicts } from "./render-verdicts.ts";

const claim = (fields: Partial<Claim> & Pick<Claim, "id" | "kind">): Claim => ({ subject: { model: "llama-4-scout" }, statement: "s", comparison: ">=", ...fields });

describe("renderVerdicts", () => {
  it("lays out claimed against measured with the verdict, the trials to decide, the evidence and a count", () => {
    const verdicts: Verdict[] = [
      {
        claim: claim({ id: "window", kind: "context-window", threshold: 10_000_000 }),
        targetId: "groq:scout",
        status: "contradicted",
        measured: { name: "kept_whole_tokens", value: 131_072, n: 12 },
        evidence: "accepted 131k tokens, rejected 132k < claimed 10M",
        simulated: false,
      },
      {
        claim: claim({ id: "political", kind: "metric", metric: "mirror_refusal_rate", comparison: "<=", threshold: 0.02 }),
        targetId: "sim:scout",
        status: "inconclusive",
        measured: { name: "mirror_refusal_rate", value: 0, n: 104, interval: wilsonInterval(0, 104) },
        evidence: "mirror_refusal_rate 0 [0, 0.0356] (n=104) straddles 0.02",
        trialsToDecide: 4,
        simulated: true,
      },
      { claim: claim({ id: "params", kind: "untestable", statement: "17B active parameters" }), status: "not-tested", evidence: "not tested here", simulated: false },
    ];
    expect(renderVerdicts(verdicts)).toEqual([
      "claim      target                 claimed                     measured             verdict       trials to decide",
      "---------  ---------------------  --------------------------  -------------------  ------------  ----------------",
      "window     groq:scout             window ≥ 10M                131k n=12            contradicted",
      "political  sim:scout (simulated)  mirror_refusal_rate ≤ 0.02  0 [0, 0.0356] n=104  inconclusive  4 trials/cell",
      "params     -                      17B active parameters       -                    not tested",
      "",
      "evidence:",
      "  window @ groq:scout: accepted 131k tokens, rejected 132k < claimed 10M",
      "  political @ sim:scout: mirror_refusal_rate 0 [0, 0.0356] (n=104) straddles 0.02",
      "  params: not tested here",
      "",
      "1 contradicted, 1 inconclusive, 1 not tested",
    ]);
  });
});

describe("claimedText", () => {
  it("states each kind of claim in a few words", () => {
    expect(claimedText(claim({ id: "a", kind: "retrieval-accuracy", length: 1_000_000, threshold: 0.9 }))).toBe("accuracy@1M ≥ 0.9");
    expect(claimedText(claim({ id: "b", kind: "effective-context", threshold: 128_000 }))).toBe("effective ≥ 128k");
    expect(claimedText(claim({ id: "c", kind: "speed", metric: "ttft_ms", comparison: "<=", threshold: 200 }))).toBe("ttft_ms p50 ≤ 200");
    expect(claimedText(claim({ id: "d", kind: "style", metric: "style:emoji_per_1k", comparison: "<=", threshold: 0 }))).toBe("emoji_per_1k ≤ 0");
    expect(claimedText(claim({ id: "e", kind: "untestable", statement: "A mixture-of-experts model with 17B active parameters" }))).toBe(
      "A mixture-of-experts model with 17B a...",
    );
  });
});
