import { describe, expect, it } from "vitest";
import { hashOf } from "../core/hash.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerationSettings } from "../core/target.ts";
import { requestKey, type KeyedRequest } from "./request-key.ts";

// The key as defined: the canonical JSON of one object. Caches written with it must keep matching.
function reference(provider: string, model: string, baseURL: string | undefined, request: KeyedRequest): string {
  const { purpose, settings, messages, stream, sample } = request;
  const asked = sample ? { taskId: sample.taskId, itemId: sample.itemId, trial: sample.trial } : null;
  return hashOf({ v: 2, provider, model, baseURL: baseURL ?? null, settings, messages, purpose, stream, sample: asked });
}

const sample = { targetId: "t", taskId: "qa", itemId: "q-1", trial: 3 };

describe("requestKey", () => {
  const target = { provider: "groq", model: "meta-llama/llama-4-scout" };

  it("equals the canonical-JSON hash for plain messages, settings in any key order, odd text and no endpoint", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "Answer briefly.\n\"quoted\" \u2028 ünïcödé 🎉" },
      { role: "user", content: "What is 2 + 2?" },
    ];
    const settings: GenerationSettings = { temperature: 0, stop: ["\n\n", "END"], maxOutputTokens: 64, seed: 7, topP: 1 };
    const asked: KeyedRequest = { purpose: "sample", settings, messages, stream: true, sample };
    expect(requestKey(target, "https://api.groq.com/openai/v1", asked)).toBe(reference("groq", "meta-llama/llama-4-scout", "https://api.groq.com/openai/v1", asked));
    const judged: KeyedRequest = { purpose: "judge", settings: {}, messages, stream: false };
    expect(requestKey(target, undefined, judged)).toBe(reference("groq", "meta-llama/llama-4-scout", undefined, judged));
  });

  it("equals it for messages with fields beyond role and content, written in any order", () => {
    const odd = [{ content: "hi", role: "user", name: "x" }, { role: "assistant" }, { content: "b", role: "user" }] as unknown as ChatMessage[];
    const asked: KeyedRequest = { purpose: "sample", settings: {}, messages: odd, stream: false, sample };
    expect(requestKey(target, "e", asked)).toBe(reference("groq", "meta-llama/llama-4-scout", "e", asked));
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
      const asked: KeyedRequest = { purpose: "probe", settings, messages, stream: false };
      expect(requestKey(target, "e", asked)).toBe(reference("groq", "meta-llama/llama-4-scout", "e", asked));
    }
  });

  it("changes with the endpoint, the settings, streaming, the purpose, and a sample's task, item and trial", () => {
    const base: KeyedRequest = { purpose: "sample", settings: {}, messages: [{ role: "user", content: "q" }], stream: true, sample };
    const key = requestKey(target, "a", base);
    const variants: [string | undefined, KeyedRequest][] = [
      ["b", base],
      ["a", { ...base, settings: { temperature: 0 } }],
      ["a", { ...base, stream: false }],
      ["a", { ...base, purpose: "judge", sample: undefined }],
      ["a", { ...base, sample: { ...sample, itemId: "q-2" } }],
      ["a", { ...base, sample: { ...sample, taskId: "qa-2" } }],
      ["a", { ...base, sample: { ...sample, trial: 4 } }],
    ];
    const keys = variants.map(([endpoint, asked]) => requestKey(target, endpoint, asked));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
    // The sample's target is not part of it: the target's provider, model and endpoint are.
    expect(requestKey(target, "a", { ...base, sample: { ...sample, targetId: "other" } })).toBe(key);
  });
});
