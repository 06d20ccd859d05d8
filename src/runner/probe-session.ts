// Runs `probe-context` for one target: builds probe prompts with the target's tokenizer, sends them with retries
// (only context-length errors are answers; other failures are retried, then end the probe), and stores the result.

import { join } from "node:path";
import { systemClock, type Clock } from "../core/clock.ts";
import { seededRandom, seedFromString } from "../core/random.ts";
import type { ProbeRecords } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import { probeContext, type ContextProbeResult } from "../families/context-probe/probe-context.ts";
import { rejectionFrom, type ProbeIo, type ProbeReply } from "../families/context-probe/probe-io.ts";
import type { ProbeContextOptions } from "../families/context-probe/probe-options.ts";
import { freshCodes, probePrompt } from "../families/context-probe/probe-prompt.ts";
import { ChunkCounts } from "../families/niah/haystack/chunk-counts.ts";
import { proceduralProse } from "../families/niah/haystack/procedural-prose.ts";
import { TOKEN_COUNT_CACHE } from "../families/niah/niah-family.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { generateWithRetries } from "./generate-with-retries.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import type { TargetRuntime } from "./run-engine.ts";

/** Enough for the three codes and a line each; the answer is short by design. */
const PROBE_OUTPUT_TOKENS = 64;

export interface ProbeSessionOptions extends ProbeContextOptions {
  seed: number;
  timeoutMs: number;
  retry: RetryPolicy;
  cwd: string;
  signal?: AbortSignal;
  clock?: Clock;
  /** The effective length a niah run measured for this target, stored with the probe beside what it found. */
  effectiveTokens?: number;
  /** Called after every probe call, for progress. */
  onReply?: (reply: ProbeReply, tokens: number) => void;
}

export interface ProbeSessionResult {
  id: string;
  result: ContextProbeResult;
}

export async function runContextProbe(
  target: TargetSpec,
  runtime: TargetRuntime,
  tokenizer: Tokenizer,
  store: ProbeRecords,
  options: ProbeSessionOptions,
): Promise<ProbeSessionResult> {
  const parts = { source: proceduralProse(options.seed), tokenizer, counts: new ChunkCounts(join(options.cwd, TOKEN_COUNT_CACHE)) };
  const clock = options.clock ?? systemClock;
  let call = 0;
  const io: ProbeIo = {
    async ask({ tokens }) {
      call++;
      const codes = freshCodes(seededRandom(seedFromString(`${options.seed}:${target.id}:${call}`)));
      const prompt = probePrompt(parts, tokens, codes);
      parts.counts.save();
      const reply = await generateWithRetries(runtime.adapter, prompt.messages, { maxOutputTokens: PROBE_OUTPUT_TOKENS, temperature: 0 }, { ...options, clock }).then(
        (result): ProbeReply => ({
          accepted: true,
          text: result.text,
          localTokens: prompt.localTokens,
          reportedPromptTokens: result.usage.inputTokens,
          codes,
          finishReason: result.finishReason,
        }),
        (error: unknown) => rejectionFrom(error),
      );
      options.onReply?.(reply, prompt.localTokens);
      return reply;
    },
  };
  const result: ContextProbeResult = { ...(await probeContext(io, options)), effectiveTokens: options.effectiveTokens };
  const id = `probe-${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "")}-${target.id.replace(/[^\w.-]+/g, "_")}`;
  await store.recordProbe({ id, createdAt: Date.now(), targetId: target.id, provider: target.provider, model: target.model, simulated: target.simulated, result });
  return { id, result };
}
