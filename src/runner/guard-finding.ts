// What the stream guard found, as the runner records it. A stream our guard cancelled comes back without usage from
// the host, so its tokens are counted here, with the target's tokenizer where one is known (the estimate otherwise):
// budgets, costs and reports then count a looping answer like any other. The finding becomes a score beside the task's.

import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { Score } from "../core/score.ts";
import { guardAnswer, REPETITION_ASKED_LABEL, STREAM_GUARD_SCORER, type GuardStop } from "../core/stream-guard.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";
import { loadTokenizerForModel } from "../providers/target-tokenizer.ts";
import { estimateTokenizer } from "../tokenizers/estimate-tokenizer.ts";
import { tokenizerLabel } from "../tokenizers/tokenizer-registry.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import type { Sent } from "./send-request.ts";

export interface GuardFinding {
  /** Why the guard stopped the stream, when it did. */
  stop?: GuardStop;
  /** What the request asked to be repeated, as the guard read it. */
  requested?: string;
  /** Output tokens before the onset and from it to where the stream stopped, and the tokenizer that counted them. */
  counted?: { onsetTokens: number; tokensPastOnset: number; tokenizer: string };
}

/** The answer as the run records it, and what the guard found, if anything. */
export async function withGuardFinding(sent: Sent, messages: readonly ChatMessage[], target: TargetSpec): Promise<{ result: GenerateResult; guard?: GuardFinding }> {
  const { stop, requested } = sent;
  if (!stop) return { result: sent.result, guard: requested ? { requested } : undefined };
  const { result, counted } = await countStoppedAnswer(sent.result, messages, target, stop);
  return { result, guard: { stop, requested, counted } };
}

/** Chat framing per message, as the runner's prompt estimate counts it. */
const TOKENS_PER_MESSAGE = 4;

/** The stopped answer with its usage filled in where the host gave none, and where in it the loop began, in tokens. */
async function countStoppedAnswer(
  result: GenerateResult,
  messages: readonly ChatMessage[],
  target: TargetSpec,
  stop: GuardStop,
): Promise<{ result: GenerateResult; counted: NonNullable<GuardFinding["counted"]> }> {
  const tokenizer = await targetTokenizer(target);
  const onsetTokens = tokenizer.count(result.text.slice(0, stop.onsetChar));
  const tokensPastOnset = tokenizer.count(result.text.slice(stop.onsetChar));
  let { inputTokens, outputTokens } = result.usage;
  if (inputTokens === undefined) {
    inputTokens = 0;
    for (const message of messages) inputTokens += tokenizer.count(message.content) + TOKENS_PER_MESSAGE;
  }
  outputTokens ??= onsetTokens + tokensPastOnset;
  return {
    result: { ...result, usage: { inputTokens, outputTokens } },
    counted: { onsetTokens, tokensPastOnset, tokenizer: tokenizerLabel(tokenizer) },
  };
}

async function targetTokenizer(target: TargetSpec): Promise<Tokenizer> {
  try {
    return await loadTokenizerForModel(target.provider, target.model);
  } catch {
    // A tokenizer that cannot load (a GGUF without its backend) must not lose the sample: the estimate counts instead.
    return estimateTokenizer;
  }
}

/**
 * The guard's score: `LOOP` with `exact@812` (kind and onset) as its answer and the counts in its explanation; or,
 * when nothing was stopped but the prompt asked for repetition, `REPETITION_ASKED` saying what was let through.
 */
export function guardScore(finding: GuardFinding, result: GenerateResult, settings: GenerationSettings): Score | undefined {
  const { stop, requested, counted } = finding;
  const asked = requested ? `the prompt asked for repetition: ${requested}` : "";
  if (!stop) return asked ? { scorer: STREAM_GUARD_SCORER, value: null, label: REPETITION_ASKED_LABEL, explanation: `${asked}; let through` } : undefined;
  const parts = [stop.explanation];
  const output = result.usage.outputTokens;
  if (counted) parts.push(`${count(counted.tokensPastOnset)} tokens past its onset at token ${count(counted.onsetTokens)} (${counted.tokenizer})`);
  const cap = settings.maxOutputTokens;
  if (cap !== undefined && output !== undefined) parts.push(`stopped at ${count(output)} of ${count(cap)} output tokens, ${count(Math.max(0, cap - output))} spared`);
  if (asked) parts.push(asked);
  return { scorer: STREAM_GUARD_SCORER, value: null, label: stop.label, answer: guardAnswer(stop), explanation: parts.join("; ") };
}

function count(value: number): string {
  return value.toLocaleString("en-US");
}
