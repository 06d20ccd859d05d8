// The adapter on a real (tiny, random) GGUF: chat template, exact usage, streaming, early stop, abort, the queue,
// and context limits. One thread, CPU only; the model loads once for the whole file.

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AbortedError, ConfigError, ContextLengthExceededError, TimeoutError } from "../../core/errors.ts";
import type { ChatMessage } from "../../core/messages.ts";
import type { LocalModelOptions, TargetSpec } from "../../core/target.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { tinyGgufPath, writeTinyGguf } from "../../test-support/tiny-gguf.ts";
import { createLlamaCppAdapter } from "./create-llamacpp-adapter.ts";
import { loadGgufTokenizer } from "./gguf-tokenizer.ts";
import { loadLocalModel } from "./loaded-model.ts";

const CONTEXT = 2048;
/** The tiny model answers this one with a long string of tokens rather than stopping at once. */
const TALKATIVE = "hello there, what is the secret?";

function target(path = tinyGgufPath(), local: LocalModelOptions = {}): TargetSpec {
  return { id: `llamacpp:${path}`, provider: "llamacpp", model: path, settings: {}, stream: true, simulated: false, local: { threads: 1, gpuLayers: 0, contextSize: CONTEXT, ...local } };
}

const adapter = createLlamaCppAdapter(target(), {});
const user = (content: string): ChatMessage[] => [{ role: "user", content }];

describe("LlamaCppAdapter", () => {
  it("answers through the model's chat template, reporting prompt tokens exactly as its own tokenizer counts them", async () => {
    const tokenizer = await loadGgufTokenizer(tinyGgufPath());
    const contents = ["What is the secret number?", "The harbour report mentions seven houses on the hill.", "¿Dónde está el faro? 灯台"];
    const overheads = new Set<number>();
    for (const content of contents) {
      const result = await adapter.generate({ messages: user(content), settings: { maxOutputTokens: 4 } });
      overheads.add(result.usage.inputTokens! - tokenizer.count(content));
      expect(result.usage.outputTokens).toBeGreaterThanOrEqual(0);
      expect(result.usage.outputTokens).toBeLessThanOrEqual(5);
      expect(["stop", "length"]).toContain(result.finishReason);
      expect(result.responseModel).toBe("realitycheck tiny test model");
      expect(result.timeToFirstTokenMs).toBeUndefined();
    }
    // The ChatML frame around one user message costs the same few tokens whatever it holds.
    expect(overheads.size).toBe(1);
    const [overhead] = overheads;
    expect(overhead).toBeGreaterThan(3);
    expect(overhead).toBeLessThan(20);
    const withSystem = await adapter.generate({ messages: [{ role: "system", content: "Be brief." }, ...user(contents[0]!)], settings: { maxOutputTokens: 1 } });
    expect(withSystem.usage.inputTokens! - tokenizer.count(contents[0]!) - tokenizer.count("Be brief.")).toBeGreaterThan(overhead!);
  });

  it("is deterministic when greedy, and stops at maxOutputTokens with finish reason length", async () => {
    const first = await adapter.generate({ messages: user(TALKATIVE), settings: { maxOutputTokens: 12, temperature: 0 } });
    const second = await adapter.generate({ messages: user(TALKATIVE), settings: { maxOutputTokens: 12, temperature: 0 } });
    expect(second.text).toBe(first.text);
    expect(first.finishReason).toBe("length");
    expect(first.usage.outputTokens).toBe(12);
    expect(first.text.length).toBeGreaterThan(0);
  });

  it("streams the same text in deltas, with a time to first token", async () => {
    const whole = await adapter.generate({ messages: user(TALKATIVE), settings: { maxOutputTokens: 12 } });
    const deltas: string[] = [];
    const streamed = await adapter.stream({ messages: user(TALKATIVE), settings: { maxOutputTokens: 12 }, onTextDelta: (delta) => void deltas.push(delta) });
    expect(streamed.text).toBe(whole.text);
    expect(deltas.join("")).toBe(streamed.text);
    expect(streamed.timeToFirstTokenMs).toBeGreaterThan(0);
    expect(streamed.timeToFirstTokenMs).toBeLessThanOrEqual(streamed.latencyMs);
  });

  it("ends a stream early when the guard says stop, returning the text so far with finish reason guard", async () => {
    let seen = "";
    const result = await adapter.stream({
      messages: user(TALKATIVE),
      settings: { maxOutputTokens: 200 },
      onTextDelta: (delta) => {
        seen += delta;
        return seen.length >= 3 ? "stop" : undefined;
      },
    });
    expect(result.finishReason).toBe("guard");
    expect(result.text).toBe(seen);
    expect(result.usage.outputTokens).toBeLessThan(200);
  });

  it("reports an abort as aborted, and a deadline as a timeout, before or during generation", async () => {
    const stopped = new AbortController();
    stopped.abort(new Error("interrupted"));
    await expect(adapter.generate({ messages: user("hi"), settings: {}, signal: stopped.signal })).rejects.toBeInstanceOf(AbortedError);
    const deadline = AbortSignal.abort(new DOMException("deadline", "TimeoutError"));
    await expect(adapter.generate({ messages: user("hi"), settings: {}, signal: deadline })).rejects.toBeInstanceOf(TimeoutError);
    const midway = new AbortController();
    const during = adapter.stream({
      messages: user(TALKATIVE),
      settings: { maxOutputTokens: 1000 },
      signal: midway.signal,
      onTextDelta: () => midway.abort(new Error("interrupted")),
    });
    await expect(during).rejects.toBeInstanceOf(AbortedError);
  });

  it("serves concurrent requests one at a time, each with its own answer", async () => {
    const prompts = [TALKATIVE, "What is the secret number?", TALKATIVE, "Tell me about the river."];
    const results = await Promise.all(prompts.map((content) => adapter.generate({ messages: user(content), settings: { maxOutputTokens: 6 } })));
    expect(results[2]!.text).toBe(results[0]!.text);
    const alone = await adapter.generate({ messages: user(prompts[1]!), settings: { maxOutputTokens: 6 } });
    expect(results[1]!.text).toBe(alone.text);
  });

  it("refuses a prompt longer than the context (never shifting it out of the window), and goes on afterwards", async () => {
    const long = "The river ran past the mill and the old bridge. ".repeat(250);
    const error = await adapter.generate({ messages: user(long), settings: { maxOutputTokens: 4 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContextLengthExceededError);
    expect((error as ContextLengthExceededError).limitTokens).toBe(CONTEXT);
    const after = await adapter.generate({ messages: user(TALKATIVE), settings: { maxOutputTokens: 3 } });
    expect(after.usage.outputTokens).toBe(3);
  });

  it("keeps the answer inside the context when the prompt nearly fills it", async () => {
    const tokenizer = await loadGgufTokenizer(tinyGgufPath());
    let text = "";
    while (tokenizer.count(text) < CONTEXT - 40) text += "The river ran past the mill. ";
    const result = await adapter.generate({ messages: user(text), settings: { maxOutputTokens: 500 } });
    expect(result.usage.inputTokens! + result.usage.outputTokens!).toBeLessThanOrEqual(CONTEXT);
  });

  it("loads a model once per process for the same options, however many adapters ask", () => {
    const request = { path: tinyGgufPath(), contextSize: CONTEXT, options: { threads: 1, gpuLayers: 0, flashAttention: true, kvCacheType: "f16" as const } };
    expect(loadLocalModel(request)).toBe(loadLocalModel({ ...request, options: { ...request.options } }));
  });

  it("runs with a quantised KV cache where the head width allows it, and passes on llama.cpp's reason where not", async () => {
    const wide = writeTinyGguf(join(tempDir(), "wide.gguf"), { heads: 2, kvHeads: 1 });
    const quantised = createLlamaCppAdapter(target(wide, { kvCacheType: "q8_0", contextSize: 512 }), {});
    expect((await quantised.generate({ messages: user(TALKATIVE), settings: { maxOutputTokens: 4 } })).usage.outputTokens).toBe(4);
    const narrow = createLlamaCppAdapter(target(tinyGgufPath(), { kvCacheType: "q4_0", contextSize: 512 }), {});
    const error = await narrow.generate({ messages: user("hi"), settings: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain("does not divide n_embd_head_k=16");
  });
});
