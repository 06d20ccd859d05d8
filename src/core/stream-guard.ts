// Watches a response as it streams and stops it when it has gone wrong (a degenerate loop), so a pathological answer
// costs hundreds of tokens instead of its whole output cap. The runner records why, with the sample.

import type { ChatMessage } from "./messages.ts";

export interface GuardStop {
  /** The label the sample is recorded with, e.g. "LOOP". */
  label: string;
  /** Which kind of trouble, when the guard tells kinds apart (the loop guard: "exact", "counter", "near"). */
  kind?: string;
  /** Where it went wrong, in characters of the response. */
  onsetChar: number;
  /** For the transcript: what was seen (e.g. the repeating text and how often). */
  explanation: string;
}

export interface StreamGuard {
  /** Each delta in order; a stop ends the stream there. */
  push(delta: string): GuardStop | undefined;
  /**
   * Set when the request asks for an answer that repeats itself ("write this line 50 times", "a 20x20 grid"), which
   * the guard lets through as far as asked: what it read, recorded with the sample whether or not it stopped.
   */
  readonly requested?: string;
}

/** What a guard is told of the request whose answer it watches. */
export interface GuardedRequest {
  messages: readonly ChatMessage[];
}

/** One fresh guard per attempt. */
export type StreamGuardFactory = (request: GuardedRequest) => StreamGuard;

export const STREAM_GUARD_SCORER = "stream-guard";

/** The guard's score label when it stopped nothing but saw a request for repetition. */
export const REPETITION_ASKED_LABEL = "REPETITION_ASKED";

/** A stop as its score's `answer` records it: `counter@1204` (kind, then onset in characters), or `@1204` without a kind. */
export function guardAnswer(stop: GuardStop): string {
  return `${stop.kind ?? ""}@${stop.onsetChar}`;
}

/** The kind a stop's score records (`guardAnswer`), if any. */
export function guardKindOf(score: { scorer: string; answer?: string }): string | undefined {
  if (score.scorer !== STREAM_GUARD_SCORER || !score.answer) return undefined;
  const kind = score.answer.slice(0, score.answer.lastIndexOf("@"));
  return kind || undefined;
}
