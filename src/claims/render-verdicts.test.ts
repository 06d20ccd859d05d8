import { describe, expect, it } from "vitest";
import type { Claim, Verdict } from "../core/claim.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { claimedText, renderVerdicts } from "./render-verdicts.ts";

const claim = (fields: Partial<Claim> & Pick<Claim, "id" | "kind">): Claim => ({ subject: { model: "llama-4-scout" }, statement: "s", comparison: ">=", ...fields });

const VERDICTS: Verdict[] = [
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

describe("renderVerdicts", () => {
  it("puts claim, target, verdict and measured against claimed on one row, the evidence indented below, then a count", () => {
    expect(renderVerdicts(VERDICTS)).toEqual([
      "claim      target      verdict       measured vs claimed",
      "---------  ----------  ------------  -----------------------------",
      "window     groq:scout  contradicted  131k n=12 vs ≥ 10M",
      "    accepted 131k tokens, rejected 132k < claimed 10M",
      "political  sim:scout*  inconclusive  0 [0, 0.0356] n=104 vs ≤ 0.02",
      "    mirror_refusal_rate 0 [0, 0.0356] (n=104) straddles 0.02; about 4 trials per cell would decide it",
      "params     -           not tested    17B active parameters",
      "    not tested here",
      "* simulated: the provider simulator, a test double; not any model's results",
      "",
      "1 contradicted, 1 inconclusive, 1 not tested",
    ]);
  });

  it("fits realistic model ids into the width: ids cut in the middle, evidence wrapped, numbers never cut", () => {
    const long = VERDICTS.map((verdict) => ({
      ...verdict,
      targetId: verdict.targetId && `together:meta-llama/Llama-4-Scout-17B-16E-Instruct@${verdict.targetId}`,
      evidence: `${verdict.evidence}, ${"measured again and again ".repeat(6)}`,
    }));
    for (const width of [120, 80, 60]) {
      const lines = renderVerdicts(long, { width });
      expect(lines.filter((line) => line.length > width), `width ${width}`).toEqual([]);
      expect(lines.join("\n")).toContain("0 [0, 0.0356] n=104 vs ≤ 0.02");
      expect(lines.join("\n")).toContain("131k n=12 vs ≥ 10M");
    }
    const narrow = renderVerdicts(long, { width: 60 });
    expect(narrow[2]).toBe("window     together…q:scout  contradicted");
    expect(narrow[3]).toBe("    131k n=12 vs ≥ 10M: accepted 131k tokens, rejected 132k");
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
