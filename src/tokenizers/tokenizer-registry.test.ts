import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { countSimulatedTokens } from "./simulator-tokenizer.ts";
import { loadTokenizer, TOKENIZER_NAMES, tokenizerForModel, tokenizerLabel } from "./tokenizer-registry.ts";

describe("tokenizerForModel", () => {
  // Model ids as Groq, Together, OpenRouter, OpenAI and Ollama spell them.
  const cases: [provider: string, model: string, name: string, exact: boolean][] = [
    ["groq", "meta-llama/llama-4-scout-17b-16e-instruct", "llama3", false],
    ["groq", "meta-llama/llama-4-maverick-17b-128e-instruct", "llama3", false],
    ["groq", "meta-llama/llama-guard-4-12b", "llama3", false],
    ["groq", "llama-3.3-70b-versatile", "llama3", true],
    ["groq", "llama-3.1-8b-instant", "llama3", true],
    ["groq", "llama3-70b-8192", "llama3", true],
    ["groq", "deepseek-r1-distill-llama-70b", "llama3", true],
    ["groq", "qwen/qwen3-32b", "qwen3", true],
    ["groq", "qwen-qwq-32b", "qwen3", false],
    ["groq", "openai/gpt-oss-120b", "o200k", true],
    ["groq", "moonshotai/kimi-k2-instruct", "estimate", false],
    ["together", "meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama3", false],
    ["together", "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "llama3", false],
    ["together", "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "llama3", true],
    ["together", "meta-llama/Llama-3.2-11B-Vision-Instruct-Turbo", "llama3", true],
    ["together", "Qwen/Qwen3-235B-A22B-Instruct-2507-tput", "qwen3", true],
    ["together", "Qwen/Qwen2.5-72B-Instruct-Turbo", "qwen3", false],
    ["together", "Qwen/QwQ-32B", "qwen3", false],
    ["together", "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", "qwen3", false],
    ["together", "meta-llama/Llama-2-70b-hf", "estimate", false],
    ["together", "mistralai/Mixtral-8x7B-Instruct-v0.1", "estimate", false],
    ["openrouter", "meta-llama/llama-4-scout", "llama3", false],
    ["openrouter", "meta-llama/llama-4-maverick:free", "llama3", false],
    ["openrouter", "meta-llama/llama-3.3-70b-instruct", "llama3", true],
    ["openrouter", "nousresearch/hermes-3-llama-3.1-405b", "llama3", true],
    ["openrouter", "qwen/qwen-2.5-72b-instruct", "qwen3", false],
    ["openrouter", "openai/gpt-4o-mini", "o200k", true],
    ["openrouter", "openai/o3-mini", "o200k", true],
    ["openrouter", "openai/gpt-4-turbo", "cl100k", true],
    ["openrouter", "anthropic/claude-3.7-sonnet", "estimate", false],
    ["openrouter", "google/gemini-2.5-pro", "estimate", false],
    ["openai", "gpt-4o-2024-08-06", "o200k", true],
    ["openai", "chatgpt-4o-latest", "o200k", true],
    ["openai", "gpt-4.1-nano", "o200k", true],
    ["openai", "gpt-4.5-preview", "o200k", true],
    ["openai", "gpt-5-mini", "o200k", true],
    ["openai", "o1", "o200k", true],
    ["openai", "o4-mini-deep-research", "o200k", true],
    ["openai", "gpt-4-0613", "cl100k", true],
    ["openai", "gpt-3.5-turbo-0125", "cl100k", true],
    ["azure", "gpt-35-turbo", "cl100k", true],
    ["ollama", "llama3.2:3b", "llama3", true],
    ["ollama", "llama4:scout", "llama3", false],
    ["ollama", "qwen3:8b", "qwen3", true],
    ["ollama", "qwen2.5-coder:7b", "qwen3", false],
    ["ollama", "llama2:13b", "estimate", false],
    ["ollama", "codellama:34b", "estimate", false],
    ["huggingface", "huggyllama/llama-30b", "estimate", false],
    ["simulator", "honest", "simulator", true],
    ["simulator", "meta-llama/llama-4-scout-17b-16e-instruct", "simulator", true],
  ];

  it.each(cases)("%s:%s -> %s (exact %s)", (provider, model, name, exact) => {
    const choice = tokenizerForModel(provider, model);
    expect({ name: choice.name, exact: choice.exact }).toEqual({ name, exact });
    expect(choice.reason.length).toBeGreaterThan(10);
  });

  it("says why it fell back to the estimate", () => {
    expect(tokenizerForModel("openrouter", "anthropic/claude-3.7-sonnet").reason).toContain("anthropic/claude-3.7-sonnet");
  });
});

describe("loadTokenizer", () => {
  it("rejects an unknown name with a ConfigError on --tokenizer that lists the known ones", async () => {
    const error = await loadTokenizer("gpt2").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).where).toBe("--tokenizer");
    expect((error as ConfigError).message).toContain(`unknown tokenizer "gpt2" (known: ${TOKENIZER_NAMES.join(", ")})`);
  });

  it("loads each tokenizer once and names it", async () => {
    const first = await loadTokenizer("estimate");
    expect(await loadTokenizer("estimate")).toBe(first);
    expect(first).toMatchObject({ name: "estimate", exact: false });
    const o200k = await loadTokenizer("o200k");
    expect(o200k).toMatchObject({ name: "o200k", exact: true });
    expect(o200k.count("Hello, world!")).toBe(4);
  });

  it("counts like the simulator for the simulator", async () => {
    const simulator = await loadTokenizer("simulator");
    expect(simulator).toMatchObject({ name: "simulator", exact: true });
    const text = "Niños y niñas, 12345 palabras: reason!";
    expect(simulator.count(text)).toBe(countSimulatedTokens(text));
  });
});
