// Small, fully populated runs, attempts and outcomes for the storage tests (the conformance suite among them), the
// crash-safety child and bench/storage-write.ts.

import type { AttemptRecord } from "../core/attempt.ts";
import type { RequestRecord } from "../core/request-record.ts";
import type { SampleKey, SampleOutcome } from "../core/sample.ts";
import { unscored } from "../core/score.ts";
import type { AttemptWrite, RequestWrite, SampleWrite } from "../core/store-write.ts";
import type { NewRun } from "../core/stored-run.ts";

export const FIXTURE_TASK = "riddles";

/** A run with the given targets and `items` items in one task; item ids are zero-padded so key order is numeric order. */
export function fixtureRun(id: string, targetIds: string[], items: number, createdAt = 1_700_000_000_000): NewRun {
  return {
    id,
    createdAt,
    seed: 42,
    spec: { suite: "article", trials: 2, targets: targetIds },
    targets: targetIds.map((targetId) => ({
      id: targetId,
      provider: "simulator",
      model: `model-${targetId}`,
      settings: { temperature: 0, maxOutputTokens: 64 },
      stream: true,
      baseURL: "http://127.0.0.1:1/v1",
      simulated: true,
    })),
    tasks: [{ id: FIXTURE_TASK, family: "riddles", params: { languages: "es,en", twins: true }, groupBy: ["language"] }],
    items: Array.from({ length: items }, (_, i) => ({
      taskId: FIXTURE_TASK,
      item: {
        id: `item-${String(i).padStart(4, "0")}`,
        input: `Question ${i}: what walks on four legs in the morning?`,
        expected: ["a person", "human"],
        metadata: { language: i % 2 === 0 ? "es" : "en", variant: "twin", depth: i / 10, classic: i % 3 === 0 },
      },
    })),
  };
}

export function fixtureAttempt(key: SampleKey, attempt: number, failed = false): AttemptRecord {
  const base = {
    ...key,
    attempt,
    startedAt: 1_700_000_001_000 + attempt,
    endedAt: 1_700_000_001_050 + attempt,
    requestSummary: { messages: 2, characters: 120, stream: true, settings: { temperature: 0 }, hash: `h-${key.itemId}-${key.trial}` },
    fromCache: false,
  };
  if (failed) return { ...base, errorKind: "rate_limited", errorMessage: "429 Too Many Requests", httpStatus: 429, latencyMs: 3 };
  return {
    ...base,
    responseText: `Answer to ${key.itemId}`,
    finishReason: "stop",
    usage: { inputTokens: 30, outputTokens: 5 },
    latencyMs: 50.5,
    timeToFirstTokenMs: 12.25,
    httpStatus: 200,
  };
}

/** A done sample with a graded score and an unscored one (null value), answered on `attempts` attempts. */
export function fixtureOutcome(key: SampleKey, attempts = 1): SampleOutcome {
  return {
    ...key,
    status: "done",
    result: {
      text: `Answer to ${key.itemId}`,
      finishReason: "stop",
      usage: { inputTokens: 30, outputTokens: 5 },
      latencyMs: 50.5,
      timeToFirstTokenMs: 12.25,
      responseModel: "model-served",
    },
    scores: [
      { scorer: "match", value: 1, label: "correct", answer: "a person", explanation: "matched expected" },
      unscored("judge", "judge reply had no verdict"),
    ],
    attempts,
    fromCache: false,
    costUsd: 0.000125,
  };
}

/** A finished sample as the runner writes it: the outcome with its final attempt. */
export function sampleWrite(runId: string, outcome: SampleOutcome, finalAttempt: AttemptRecord): SampleWrite {
  return { kind: "sample", runId, outcome, finalAttempt };
}

export function attemptWrite(runId: string, attempt: AttemptRecord): AttemptWrite {
  return { kind: "attempt", runId, attempt };
}

/** One attempt of a judge's (or a probe's, a calibration's) request; `failed` gives a 503 without an answer. */
export function fixtureRequest(purpose: RequestRecord["purpose"], targetId: string, hash: string, attempt = 1, failed = false): RequestRecord {
  const base = {
    purpose,
    targetId,
    attempt,
    startedAt: 1_700_000_002_000 + attempt,
    endedAt: 1_700_000_002_400 + attempt,
    requestSummary: { messages: 2, characters: 900, stream: false, settings: { temperature: 0, maxOutputTokens: 120 }, hash, purpose },
    fromCache: false,
  };
  if (failed) return { ...base, errorKind: "server_error", errorMessage: "503 Service Unavailable", httpStatus: 503, costUsd: 0 };
  return {
    ...base,
    responseText: `LABEL: complied (${hash})`,
    finishReason: "stop",
    responseModel: "judge-0125",
    usage: { inputTokens: 240, outputTokens: 6 },
    latencyMs: 400.5,
    costUsd: 0.0025,
  };
}

export function requestWrite(runId: string, record: RequestRecord): RequestWrite {
  return { kind: "request", runId, record };
}
