// Runs `probe-context` for one target: builds probe prompts with the target's tokenizer, sends them through the
// request pipeline as `probe` requests (paced, budgeted, retried, recorded when within a run, never served from a
// cache: a probe measures the host as it is now; only context-length errors are answers, other failures end the probe
// after their retries), and stores the result.

import { join } from "node:path";
import { AbortedError } from "../core/errors.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import { seededRandom, seedFromString } from "../core/random.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { ProbeRecords } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import { probeContext, type ContextProbeResult } from "../probes/context/probe-context.ts";
import { rejectionFrom, type ProbeIo, type ProbeReply } from "../probes/context/probe-io.ts";
import type { ProbeContextOptions } from "../probes/context/probe-options.ts";
import { freshCodes, probePrompt } from "../probes/context/probe-prompt.ts";
import { ChunkCounts } from "../haystack/chunk-counts.ts";
import { proceduralProse } from "../haystack/procedural-prose.ts";
import { TOKEN_COUNT_CACHE } from "../families/niah/niah-family.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import type { RequestPipeline, TargetConnection } from "./request-pipeline.ts";

/** Enough for the three codes and a line each; the answer is short by design. */
export const PROBE_OUTPUT_TOKENS = 64;

export interface ProbeSessionOptions extends ProbeContextOptions {
  seed: number;
  cwd: string;
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
  pipeline: RequestPipeline,
  connection: TargetConnection,
  tokenizer: Tokenizer,
  store: ProbeRecords,
  options: ProbeSessionOptions,
): Promise<ProbeSessionResult> {
  const parts = { source: proceduralProse(options.seed), tokenizer, counts: new ChunkCounts(join(options.cwd, TOKEN_COUNT_CACHE)) };
  const context = pipeline.target(target, connection);
  const send = async (messages: ChatMessage[]): Promise<GenerateResult> => {
    const asked = await pipeline.ask(context, { purpose: "probe", messages, settings: { maxOutputTokens: PROBE_OUTPUT_TOKENS, temperature: 0 }, stream: false, reusable: false });
    if (asked.kind === "answered") return asked.result;
    if (asked.kind === "failed") throw asked.error;
    throw new AbortedError(pipeline.budgetBreach ? "the probe reached the budget" : "the probe was interrupted");
  };
  let call = 0;
  const io: ProbeIo = {
    async ask({ tokens }) {
      call++;
      const codes = freshCodes(seededRandom(seedFromString(`${options.seed}:${target.id}:${call}`)));
      const prompt = probePrompt(parts, tokens, codes);
      parts.counts.save();
      const reply = await send(prompt.messages).then(
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
  // A pipeline with a store is a run's: the probe is stored as that run's, so the run's findings name it.
  const runId = pipeline.store === undefined ? {} : { runId: pipeline.runId };
  await store.recordProbe({ id, ...runId, createdAt: Date.now(), targetId: target.id, provider: target.provider, model: target.model, simulated: target.simulated, result });
  return { id, result };
}
