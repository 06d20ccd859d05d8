// Carries one sample to its end: one answer (or a conversation of several turns) asked through the request pipeline,
// scoring (judges ask through the same pipeline), and the store writes, handed to the SampleWriter, which commits each
// tick's writes together.

import type { AttemptRecord } from "../core/attempt.ts";
import { RunStoppedError, type RealitycheckError } from "../core/errors.ts";
import type { Item, Metadata } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import { REPETITION_ASKED_LABEL } from "../core/stream-guard.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { SampleKey, SampleOutcome, Turn } from "../core/sample.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { guardScore, type GuardFinding } from "./guard-finding.ts";
import type { RequestPipeline, TargetContext } from "./request-pipeline.ts";
import type { StoreWriter } from "./sample-writer.ts";
import { scoreResponse } from "./score-response.ts";

export interface SampleJob {
  key: SampleKey;
  keyString: string;
  target: TargetSpec;
  task: Task;
  item: Item;
  /** Highest attempt number already stored for this sample (0 if none). */
  previousAttempts: number;
  /** The task's preparation for this target, when it prepares. */
  preparation?: Metadata;
  /** Stored as an error and asked again (resume --retry-errors): the new outcome replaces it. */
  replacesError?: boolean;
}

export interface ExecutorContext {
  pipeline: RequestPipeline;
  /** The pipeline's writer: every store write goes through it, so one turn's writes share a commit. */
  writer: StoreWriter;
  /** Told of every finished sample as it is handed to the writer (adaptive sampling counts them). */
  onOutcome?: (job: SampleJob, outcome: SampleOutcome) => void;
}

type AskedSample =
  | { kind: "answered"; result: GenerateResult; record: AttemptRecord; costUsd: number; fromCache: boolean; guard?: GuardFinding }
  | { kind: "failed"; error: RealitycheckError; record: AttemptRecord }
  | { kind: "stopped" };

/** One answer for the sample: cached per item and trial, streamed when its target streams. */
function ask(job: SampleJob, target: TargetContext, ctx: ExecutorContext, messages: ChatMessage[], settings: GenerationSettings, firstAttempt: number): Promise<AskedSample> {
  const request = { purpose: "sample" as const, messages, settings, stream: target.target.stream, reusable: true, sample: job.key, firstAttempt };
  return ctx.pipeline.ask(target, request) as Promise<AskedSample>;
}

export type SampleEnd = "done" | "error" | "stopped";

export async function executeSample(job: SampleJob, target: TargetContext, ctx: ExecutorContext): Promise<SampleEnd> {
  const messages = job.item.messages ?? job.task.prompt(job.item, { target: target.target, trial: job.key.trial, preparation: job.preparation });
  const settings: GenerationSettings = { ...job.task.settings, ...target.target.settings };
  if (job.item.followUps?.length) return executeConversation(job, target, ctx, messages, settings, job.item.followUps);
  const asked = await ask(job, target, ctx, messages, settings, job.previousAttempts + 1);
  if (asked.kind === "stopped") return "stopped";
  if (asked.kind === "failed") return finishWithError(job, ctx, asked.error, asked.record);
  const guard = asked.guard && guardScore(asked.guard, asked.result, settings);
  return finishWithResult(job, ctx, { messages, result: asked.result, record: asked.record, costUsd: asked.costUsd, fromCache: asked.fromCache, guard });
}

/**
 * A multi-turn item: each answer goes back into the conversation before the next user turn. A turn that fails after
 * its retries fails the sample (its answered turns stay in the attempts table and the cache, so a resume is cheap).
 */
async function executeConversation(
  job: SampleJob,
  target: TargetContext,
  ctx: ExecutorContext,
  opening: ChatMessage[],
  settings: GenerationSettings,
  followUps: readonly string[],
): Promise<SampleEnd> {
  const prompts = [opening.findLast((m) => m.role === "user")?.content ?? "", ...followUps];
  const turns: Turn[] = [];
  let messages = opening;
  let attempt = job.previousAttempts + 1;
  let costUsd = 0;
  let fromCache = true;
  let guard: Score | undefined;
  let finalRecord: AttemptRecord | undefined;
  for (const [index, prompt] of prompts.entries()) {
    const previous = turns.at(-1);
    if (previous) messages = [...messages, { role: "assistant", content: previous.result.text }, { role: "user", content: prompt }];
    const asked = await ask(job, target, ctx, messages, settings, attempt);
    if (asked.kind === "stopped") return "stopped";
    if (asked.kind === "failed") return finishWithError(job, ctx, asked.error, asked.record);
    turns.push({ prompt, result: asked.result });
    costUsd += asked.costUsd;
    fromCache &&= asked.fromCache;
    // The first turn the guard stopped, else the first whose prompt asked for repetition.
    const score = asked.guard && guardScore(asked.guard, asked.result, settings);
    const stoppedFirst = score?.label !== REPETITION_ASKED_LABEL && guard?.label === REPETITION_ASKED_LABEL;
    if (score && (!guard || stoppedFirst)) {
      guard = { ...score, explanation: `turn ${index + 1}: ${score.explanation}` };
    }
    attempt = asked.record.attempt + 1;
    // Every turn's attempt but the last is written now; the last goes with the sample.
    if (finalRecord) {
      ctx.writer.add({ kind: "attempt", runId: ctx.pipeline.runId, attempt: finalRecord });
    }
    finalRecord = asked.record;
  }
  return finishWithResult(job, ctx, { messages, result: joinTurns(turns), record: finalRecord!, costUsd, fromCache, guard, turns });
}

/** The sample's result for a conversation: every answer in order, usage and time summed, the first abnormal finish kept. */
function joinTurns(turns: readonly Turn[]): GenerateResult {
  let inputTokens: number | undefined;
  let outputTokens: number | undefined;
  let latencyMs = 0;
  for (const { result } of turns) {
    if (result.usage.inputTokens !== undefined) inputTokens = (inputTokens ?? 0) + result.usage.inputTokens;
    if (result.usage.outputTokens !== undefined) outputTokens = (outputTokens ?? 0) + result.usage.outputTokens;
    latencyMs += result.latencyMs;
  }
  const abnormal = turns.find((t) => t.result.finishReason !== "stop");
  return {
    text: turns.map((t) => t.result.text).join("\n\n"),
    finishReason: (abnormal ?? turns.at(-1))?.result.finishReason ?? "unknown",
    usage: { inputTokens, outputTokens },
    latencyMs,
    timeToFirstTokenMs: turns[0]?.result.timeToFirstTokenMs,
    responseModel: turns.at(-1)?.result.responseModel,
  };
}

interface Answered {
  messages: ChatMessage[];
  result: GenerateResult;
  record: AttemptRecord;
  costUsd: number;
  fromCache: boolean;
  guard?: Score;
  turns?: Turn[];
}

async function finishWithResult(job: SampleJob, ctx: ExecutorContext, answered: Answered): Promise<SampleEnd> {
  const { messages, result, record, costUsd, fromCache, guard, turns } = answered;
  const { runId } = ctx.pipeline;
  let scores: Score[];
  try {
    scores = await scoreResponse(job.task.scorers, { item: job.item, messages, result, trial: job.key.trial, preparation: job.preparation, turns });
  } catch (error) {
    if (!(error instanceof RunStoppedError)) throw error;
    // A judge could not be asked before the run stopped: the answer is kept as an attempt (and in the cache), the
    // sample is not written, and resume scores it again, paying only for the judge calls not yet answered.
    ctx.writer.add({ kind: "attempt", runId, attempt: record });
    return "stopped";
  }
  if (guard) scores.push(guard);
  const { key } = job;
  const outcome: SampleOutcome = { targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial, status: "done", result, scores, attempts: record.attempt, fromCache, costUsd, turns };
  ctx.writer.add({ kind: "sample", runId, outcome, finalAttempt: record, replacesError: job.replacesError });
  ctx.onOutcome?.(job, outcome);
  ctx.pipeline.emit({
    type: "sample-finished",
    runId,
    key: job.key,
    status: "done",
    fromCache,
    inputTokens: fromCache ? 0 : (result.usage.inputTokens ?? 0),
    outputTokens: fromCache ? 0 : (result.usage.outputTokens ?? 0),
    costUsd,
    latencyMs: fromCache ? undefined : result.latencyMs,
  });
  return "done";
}

function finishWithError(job: SampleJob, ctx: ExecutorContext, error: RealitycheckError, record: AttemptRecord): SampleEnd {
  const { key } = job;
  const outcome: SampleOutcome = {
    targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial,
    status: "error",
    errorKind: error.kind,
    errorMessage: error.message,
    scores: [],
    attempts: record.attempt,
    fromCache: false,
    costUsd: 0,
  };
  ctx.writer.add({ kind: "sample", runId: ctx.pipeline.runId, outcome, finalAttempt: record, replacesError: job.replacesError });
  ctx.onOutcome?.(job, outcome);
  ctx.pipeline.emit({ type: "sample-finished", runId: ctx.pipeline.runId, key: job.key, status: "error", errorKind: error.kind, fromCache: false, inputTokens: 0, outputTokens: 0, costUsd: 0 });
  return "error";
}
