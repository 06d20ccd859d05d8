import { describe, expect, it } from "vitest";
import { hashOf } from "../core/hash.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerationSettings } from "../core/target.ts";
import { cacheKey } from "./cache-key.ts";

// The key as first defined: the canonical JSON of one object. Caches written with it must keep matching.
function reference(provider: string, model: string, baseURL: string | undefined, settings: GenerationSettings, messages: unknown[], trial: number): string {
  return hashOf({ v: 1, provider, model, baseURL: baseURL ?? null, settings, messages, trial });
}

describe("cacheKey", () => {
  const target = { provider: "groq", model: "meta-llama/llama-4-scout" };

  it("equals the canonical-JSON hash for plain messages, settings in any key order, odd text and no endpoint", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "Answer briefly.\n\"quoted\" \u2028 ünïcödé 🎉" },
      { role: "user", content: "What is 2 + 2?" },
    ];
    const settings: GenerationSettings = { temperature: 0, stop: ["\n\n", "END"], maxOutputTokens: 64, seed: 7, topP: 1 };
    expect(cacheKey(target, "https://api.groq.com/openai/v1", settings, messages, 3)).toBe(
      reference("groq", "meta-llama/llama-4-scout", "https://api.groq.com/openai/v1", settings, messages, 3),
    );
    expect(cacheKey(target, undefined, {}, messages, 1)).toBe(reference("groq", "meta-llama/llama-4-scout", undefined, {}, messages, 1));
  });

  it("equals it for messages with fields beyond role and content, written in any order", () => {
    const odd = [{ content: "hi", role: "user", name: "x" }, { role: "assistant" }, { content: "b", role: "user" }] as unknown as ChatMessage[];
    expect(cacheKey(target, "e", {}, odd, 2)).toBe(reference("groq", "meta-llama/llama-4-scout", "e", {}, odd, 2));
  });

  it("equals it for settings holding undefined, nested objects or lists of objects", () => {
    const messages: ChatMessage[] = [{ role: "user", content: "q" }];
    const cases = [
      { temperature: undefined, seed: 1 },
      { extra: { b: 1, a: [{ d: 2, c: 1 }] }, maxOutputTokens: 5 },
      { stop: [{ z: 1, y: 2 }] },
      { stop: [] },
    ] as unknown as GenerationSettings[];
    for (const settings of cases) {
      expect(cacheKey(target, "e", settings, messages, 1)).toBe(reference("groq", "meta-llama/llama-4-scout", "e", settings, messages, 1));
    }
  });

  it("changes with the endpoint, the trial and the settings", () => {
    const messages: ChatMessage[] = [{ role: "user", content: "q" }];
    const base = cacheKey(target, "a", {}, messages, 1);
    expect(cacheKey(target, "b", {}, messages, 1)).not.toBe(base);
    expect(cacheKey(target, "a", {}, messages, 2)).not.toBe(base);
    expect(cacheKey(target, "a", { temperature: 0 }, messages, 1)).not.toBe(base);
  });
});
