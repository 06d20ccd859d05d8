import { describe, expect, it } from "vitest";
import type { Claim, Verdict } from "../core/claim.ts";
import { finding, targetHeadlines } from "./target-headlines.ts";

const B = "simulator:llama-sim-degraded@host-b";

function verdict(claim: Partial<Claim> & Pick<Claim, "id" | "kind">, status: Verdict["status"], name: string, value: number, targetId = B): Verdict {
  return { claim: { subject: { model: "llama" }, statement: claim.id, comparison: "<=", threshold: 0, ...claim }, targetId, status, measured: { name, value, n: 100 }, evidence: `${name} ${value}`, simulated: true };
}

const verdicts: Verdict[] = [
  verdict({ id: "window", kind: "context-window", comparison: ">=", threshold: 32_000 }, "contradicted", "kept_whole_tokens", 12_000),
  verdict({ id: "loops", kind: "metric", metric: "loop_rate", threshold: 0.02 }, "contradicted", "loop_rate", 0.0698),
  verdict({ id: "emoji", kind: "style", metric: "emoji_per_1k" }, "contradicted", "style:emoji_per_1k", 106.2),
  verdict({ id: "retrieval", kind: "retrieval-accuracy", comparison: ">=", threshold: 0.9, length: 8000 }, "inconclusive", "accuracy@8k", 0.95),
  verdict({ id: "refusal", kind: "metric", metric: "safe_refusal_rate", threshold: 0.05 }, "supported", "safe_refusal_rate", 0.01),
  verdict({ id: "ttft", kind: "speed", metric: "ttft_ms", threshold: 200 }, "supported", "ttft_ms p50", 150, "simulator:llama-sim@host-a"),
];

describe("targetHeadlines", () => {
  it("counts a target's contradicted claims and says what each measured, from the measurements and the probe", () => {
    const lines = targetHeadlines({
      targets: [{ id: "simulator:llama-sim@host-a", simulated: true }, { id: B, simulated: true }, { id: "groq:llama", simulated: false }],
      verdicts,
      probes: [{ targetId: B, truncation: "front", keptTokens: 12_000 }],
      summaries: [{ targetId: "groq:llama", finished: 1200, errors: 3, guardStops: 1 }],
    });
    expect(lines.map((l) => `${l.targetId}: ${l.text}`)).toEqual([
      "simulator:llama-sim@host-a: no claim contradicted; 1 supported",
      `${B}: 3 of 5 claims contradicted: cuts prompts to 12k from the front, loops in 7% of answers, 106 emoji per 1k tokens; 1 supported, 1 inconclusive`,
      "groq:llama: no claims checked; 1,200 samples, 3 errors, 1 loop stopped",
    ]);
  });

  it("words every kind of claim from its measurement when no probe says more", () => {
    expect(finding(verdicts[0]!)).toBe("keeps only 12k tokens whole (claimed 32k)");
    expect(finding(verdict({ id: "r", kind: "retrieval-accuracy", length: 128_000 }, "contradicted", "accuracy@128k", 0.62))).toBe("finds 62% of needles at 128k tokens");
    expect(finding(verdict({ id: "e", kind: "effective-context", threshold: 16_000 }, "contradicted", "effective_context_length", 1000))).toBe("retrieval holds only to 1k tokens (claimed 16k)");
    expect(finding(verdict({ id: "t", kind: "speed" }, "contradicted", "ttft_ms p50", 475.4))).toBe("first token after 475 ms");
    expect(finding(verdict({ id: "s", kind: "style" }, "contradicted", "style:slop_per_1k_words", 3.21))).toBe("3.2 slop per 1k words");
    expect(finding(verdict({ id: "m", kind: "metric" }, "contradicted", "culprit_accuracy", 0.4))).toBe("culprit accuracy 40%");
    expect(finding({ ...verdicts[1]!, measured: undefined })).toBe("loops: loop_rate 0.0698");
  });
});
