// The clients part (a) compares, each sending `count` unique requests through `concurrency` workers: a bare fetch
// loop, the AI SDK as apps call it (generateText / streamText), the SDK's provider model called directly (the layer
// the harness's adapter uses), and the harness's executeRun with a file-backed store and cache.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText, streamText } from "ai";
import type { RunStore } from "../src/core/run-store.ts";
import type { TargetSpec } from "../src/core/target.ts";
import { createAdapter } from "../src/providers/create-adapter.ts";
import { priceLookup } from "../src/runner/pricing.ts";
import { RequestPipeline } from "../src/runner/request-pipeline.ts";
import { DEFAULT_RETRY_POLICY } from "../src/runner/retry-policy.ts";
import { executeRun, type TargetRuntime } from "../src/runner/run-engine.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { loopGuard } from "../src/loop-guard/loop-guard.ts";
import { newRunRecord } from "../src/runner/new-run-record.ts";
import { BENCH_MAX_OUTPUT_TOKENS, benchItem, benchMessages, benchTask } from "./bench-task.ts";

export type ClientMode = "fetch" | "sdk" | "model" | "harness";

export interface LoopOptions {
  url: string;
  stream: boolean;
  concurrency: number;
  /** Separates warm-up requests from measured ones, so every request is unique. */
  prefix: string;
  count: number;
  /** Called once the client is ready to send (the harness has built and stored its task), before the first request. */
  onStart?: () => void;
  /** Called after each finished sample with how many have finished. */
  onFinished?: (finished: number) => void;
}

export interface LoopResult {
  ok: number;
  errors: number;
}

const MODEL = "honest";

async function workers(options: LoopOptions, one: (i: number) => Promise<boolean>): Promise<LoopResult> {
  const { count, concurrency, onFinished } = options;
  options.onStart?.();
  let next = 0;
  let ok = 0;
  let errors = 0;
  const worker = async () => {
    while (next < count) {
      if (await one(next++)) ok++;
      else errors++;
      onFinished?.(ok + errors);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { ok, errors };
}

export function fetchLoop(options: LoopOptions): Promise<LoopResult> {
  const endpoint = `${options.url}/chat/completions`;
  return workers(options, async (i) => {
    const messages = benchMessages(benchItem(options.prefix, i));
    const body = options.stream
      ? { model: MODEL, messages, max_tokens: BENCH_MAX_OUTPUT_TOKENS, stream: true, stream_options: { include_usage: true } }
      : { model: MODEL, messages, max_tokens: BENCH_MAX_OUTPUT_TOKENS };
    const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (options.stream) await response.text();
    else await response.json();
    return response.ok;
  });
}

export function sdkLoop(options: LoopOptions): Promise<LoopResult> {
  const model = createOpenAICompatible({ name: "simulator", baseURL: options.url, includeUsage: true }).chatModel(MODEL);
  return workers(options, async (i) => {
    const call = { model, messages: benchMessages(benchItem(options.prefix, i)), maxOutputTokens: BENCH_MAX_OUTPUT_TOKENS, maxRetries: 0 };
    if (!options.stream) return (await generateText(call)).text.length > 0;
    const result = streamText(call);
    let text = "";
    for await (const delta of result.textStream) text += delta;
    await result.usage;
    return text.length > 0;
  });
}

/** The provider model's own calls (doGenerate / doStream), with the prompt in its format: no harness, no generateText. */
export function modelLoop(options: LoopOptions): Promise<LoopResult> {
  const model = createOpenAICompatible({ name: "simulator", baseURL: options.url, includeUsage: true }).chatModel(MODEL);
  return workers(options, async (i) => {
    const prompt = [{ role: "user" as const, content: [{ type: "text" as const, text: benchItem(options.prefix, i).input }] }];
    const call = { prompt, maxOutputTokens: BENCH_MAX_OUTPUT_TOKENS };
    let text = "";
    if (!options.stream) {
      for (const part of (await model.doGenerate(call)).content) if (part.type === "text") text += part.text;
      return text.length > 0;
    }
    let finished = false;
    for await (const part of (await model.doStream(call)).stream) {
      if (part.type === "text-delta") text += part.delta;
      else if (part.type === "finish") finished = true;
    }
    return finished && text.length > 0;
  });
}

/** A real file-backed run: the realistic path, with the cache on and every request a miss. */
export class HarnessClient {
  private readonly dir = mkdtempSync(join(tmpdir(), "rc-bench-"));
  private store: RunStore | undefined;

  async run(options: LoopOptions): Promise<LoopResult> {
    const target: TargetSpec = { id: `simulator:${MODEL}`, provider: "simulator", model: MODEL, settings: {}, stream: options.stream, simulated: true };
    const task = benchTask(options.prefix, options.count);
    const runId = `bench-${options.prefix}`;
    this.store ??= await openRunStore(join(this.dir, "results.db"));
    await this.store.createRun(newRunRecord(runId, 1, { bench: true }, [target], [task]));
    const runtime: TargetRuntime = {
      adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: options.url } }),
      concurrency: options.concurrency,
      limits: {},
      endpoint: options.url,
    };
    options.onStart?.();
    let finished = 0;
    const pipeline = new RequestPipeline({
      runId,
      store: this.store,
      cache: true,
      retry: DEFAULT_RETRY_POLICY,
      timeoutMs: 300_000,
      budget: {},
      prices: priceLookup(),
      // As `run` sets it: every streamed answer goes through the loop guard.
      streamGuard: loopGuard(),
      onEvent: (event) => {
        if (event.type === "sample-finished") options.onFinished?.(++finished);
      },
    });
    try {
      const outcome = await executeRun({ runId, targets: [target], tasks: [task], trials: 1 }, { pipeline, runtimes: new Map([[target.id, runtime]]) });
      return { ok: outcome.done, errors: outcome.errors };
    } finally {
      await pipeline.close();
    }
  }

  async close(): Promise<void> {
    await this.store?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
