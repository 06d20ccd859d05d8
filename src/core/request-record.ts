// One attempt of a request that is not a sample's: a judge's verdict, a context probe, a calibration call. Stored per
// attempt under its run, like a sample's attempts, so a run's every request is budgeted, counted and resumable.

import type { AttemptFields } from "./attempt.ts";
import type { RequestPurpose } from "./request.ts";

export interface RequestRecord extends AttemptFields {
  purpose: Exclude<RequestPurpose, "sample">;
  /** The target asked: a judge is a target too. */
  targetId: string;
  responseModel?: string;
  /** What the attempt cost at the target's price; 0 when served from a stored answer or failed without usage. */
  costUsd: number;
}
