// A sample is (target, task, item, trial): the unit of work, storage, caching and resume.

import type { ErrorKind } from "./errors.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { Score } from "./score.ts";

export interface SampleKey {
  targetId: string;
  taskId: string;
  itemId: string;
  /** 1-based. */
  trial: number;
}

export type SampleStatus = "done" | "error";

/** The final state of a finished sample: a response and its scores, or the error class that ended it. */
export interface SampleOutcome extends SampleKey {
  status: SampleStatus;
  result?: GenerateResult;
  errorKind?: ErrorKind;
  errorMessage?: string;
  scores: Score[];
  attempts: number;
  fromCache: boolean;
  costUsd: number;
  /** Multi-turn items: each turn's user message and answer, in order (the sample's result joins the answers). */
  turns?: Turn[];
}

/** One exchange of a multi-turn sample. */
export interface Turn {
  prompt: string;
  result: GenerateResult;
}

export function sampleKeyString(key: SampleKey): string {
  return `${key.targetId}\u0000${key.taskId}\u0000${key.itemId}\u0000${key.trial}`;
}

/** The key sampleKeyString() wrote. */
export function sampleKeyOf(keyString: string): SampleKey {
  const [targetId = "", taskId = "", itemId = "", trial = "0"] = keyString.split("\u0000");
  return { targetId, taskId, itemId, trial: Number(trial) };
}
