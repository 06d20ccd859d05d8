import { describe, expect, it } from "vitest";
import type { TargetSpec } from "../core/target.ts";
import { costOf, priceLookup } from "./pricing.ts";

const target = (provider: string, model: string, id = `${provider}:${model}`): TargetSpec => ({ id, provider, model, settings: {}, stream: true, simulated: false });

describe("pricing", () => {
  it("prices by target name, then provider:model, then provider:*", () => {
    const lookup = priceLookup({ scout: { inputPerMillion: 9, outputPerMillion: 9 }, "groq:*": { inputPerMillion: 1, outputPerMillion: 2 } });
    expect(lookup(target("groq", "meta-llama/llama-4-scout-17b-16e-instruct", "scout"))?.inputPerMillion).toBe(9);
    expect(lookup(target("groq", "meta-llama/llama-4-scout-17b-16e-instruct"))?.inputPerMillion).toBe(0.11);
    expect(lookup(target("groq", "other-model"))).toEqual({ inputPerMillion: 1, outputPerMillion: 2 });
    expect(lookup(target("simulator", "honest"))).toEqual({ inputPerMillion: 0, outputPerMillion: 0 });
    expect(lookup(target("together", "unknown"))).toBeUndefined();
  });

  it("costs input and output tokens separately, per million", () => {
    expect(costOf({ inputPerMillion: 0.11, outputPerMillion: 0.34 }, { inputTokens: 300_000, outputTokens: 1_000 })).toBeCloseTo(0.03334, 8);
    expect(costOf(undefined, { inputTokens: 5 })).toBe(0);
  });
});
