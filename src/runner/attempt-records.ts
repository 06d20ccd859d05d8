// The recorded form of one attempt: a sample's (keyed by the sample, stored with it or before it) or any other
// request's (tagged with its purpose and target, stored under the run). Both keep the answer's own timings, also when
// it came from the cache: the time measured when it was first asked, with `fromCache` saying so.

import type { AttemptRecord, RequestSummary } from "../core/attempt.ts";
import type { RealitycheckError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { RequestPurpose } from "../core/request.ts";
import type { RequestRecord } from "../core/request-record.ts";
import type { SampleKey } from "../core/sample.ts";
import type { GenerationSettings } from "../core/target.ts";

export interface AttemptEnd {
  result?: GenerateResult;
  error?: RealitycheckError;
  fromCache: boolean;
}

export function sampleAttempt(key: SampleKey, attempt: number, startedAt: number, requestSummary: RequestSummary, end: AttemptEnd): AttemptRecord {
  const { result, error } = end;
  // Key fields are listed, not spread: in Node 20 a spread followed by more fields builds a slow dictionary-mode
  // object, ~20 µs here, which was a measurable share of the harness's cost per sample (bench/throughput.ts).
  return {
    targetId: key.targetId, taskId: key.taskId, itemId: key.itemId, trial: key.trial,
    attempt,
    startedAt,
    endedAt: Date.now(),
    requestSummary,
    responseText: result?.text,
    finishReason: result?.finishReason,
    usage: result?.usage,
    latencyMs: result?.latencyMs,
    timeToFirstTokenMs: result?.timeToFirstTokenMs,
    errorKind: error?.kind,
    errorMessage: error?.message,
    httpStatus: error?.status,
    fromCache: end.fromCache,
  };
}

export function requestAttempt(
  purpose: Exclude<RequestPurpose, "sample">,
  targetId: string,
  attempt: number,
  startedAt: number,
  requestSummary: RequestSummary,
  end: AttemptEnd & { costUsd: number },
): RequestRecord {
  const { result, error } = end;
  return {
    purpose,
    targetId,
    attempt,
    startedAt,
    endedAt: Date.now(),
    requestSummary,
    responseText: result?.text,
    finishReason: result?.finishReason,
    responseModel: result?.responseModel,
    usage: result?.usage,
    latencyMs: result?.latencyMs,
    timeToFirstTokenMs: result?.timeToFirstTokenMs,
    errorKind: error?.kind,
    errorMessage: error?.message,
    httpStatus: error?.status,
    fromCache: end.fromCache,
    costUsd: end.costUsd,
  };
}

export function requestSummary(messages: readonly ChatMessage[], settings: GenerationSettings, stream: boolean, hash: string, purpose: RequestPurpose): RequestSummary {
  let characters = 0;
  for (const message of messages) characters += message.content.length;
  return { messages: messages.length, characters, stream, settings: { ...settings }, hash, purpose };
}
