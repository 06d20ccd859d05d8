// One request for a sample; retries make several. Every attempt is recorded when it ends. Requests that are not a
// sample's (judges, probes, calibration) are recorded the same way (request-record.ts).

import type { ErrorKind } from "./errors.ts";
import type { FinishReason, Usage } from "./model-adapter.ts";
import type { RequestPurpose } from "./request.ts";
import type { SampleKey } from "./sample.ts";

export interface AttemptRecord extends SampleKey, AttemptFields {}

/** What every recorded attempt holds, whatever the request was for. */
export interface AttemptFields {
  /** 1-based, continuing across resumes. */
  attempt: number;
  startedAt: number;
  endedAt: number;
  /** Message count, characters, settings and stream flag: enough to recognise the request, never the key. */
  requestSummary: RequestSummary;
  responseText?: string;
  finishReason?: FinishReason;
  usage?: Usage;
  latencyMs?: number;
  timeToFirstTokenMs?: number;
  errorKind?: ErrorKind;
  errorMessage?: string;
  httpStatus?: number;
  fromCache: boolean;
}

export interface RequestSummary {
  messages: number;
  characters: number;
  stream: boolean;
  settings: Record<string, unknown>;
  /** Hash of the exact messages and settings (the cache key). */
  hash: string;
  /** Absent on attempts stored before requests were tagged (they are all samples'). */
  purpose?: RequestPurpose;
}
