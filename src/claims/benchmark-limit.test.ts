import { describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import { builtinBenchmarkClaims, limitToDecide } from "./benchmark-limit.ts";

const claim = (score: number, tolerance = 2): Claim => ({
  id: "c",
  subject: { model: "llama-4-scout" },
  kind: "benchmark",
  statement: "s",
  benchmark: "mmlu-pro",
  score,
  tolerance,
  comparison: ">=",
  threshold: (score - tolerance) / 100,
});

describe("limitToDecide", () => {
  it("suggests a subset when the set is large enough, and trials over the whole set when it is not", () => {
    const mmlu = limitToDecide(claim(74.3), 12_032);
    expect(mmlu.questions).toBeGreaterThan(2000);
    expect(mmlu.questions).toBeLessThan(12_032);
    expect(mmlu.text).toBe(`--limit ${mmlu.questions}`);
    const gpqa = limitToDecide(claim(57.2), 198);
    expect(gpqa).toMatchObject({ questions: 198, text: `all 198 questions × ${gpqa.trials} trials (--trials ${gpqa.trials})` });
    expect(gpqa.trials).toBeGreaterThan(10);
    expect(limitToDecide(claim(74.3, 10), 12_032).questions).toBeLessThan(mmlu.questions!);
  });
});

describe("builtinBenchmarkClaims", () => {
  it("finds Meta's claims for the model a target serves", () => {
    const scout = { targetId: "groq:meta-llama/llama-4-scout-17b-16e-instruct", provider: "groq", model: "meta-llama/llama-4-scout-17b-16e-instruct" };
    expect(builtinBenchmarkClaims("mmlu-pro", scout).map((c) => [c.id, c.score])).toEqual([["scout-mmlu-pro", 74.3]]);
    expect(builtinBenchmarkClaims("math-500", scout)).toEqual([]);
    expect(builtinBenchmarkClaims("mgsm", { targetId: "x", provider: "openai", model: "gpt-4o" })).toEqual([]);
  });
});
