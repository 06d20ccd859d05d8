// Watches a response as it streams and stops it when it has gone wrong (a degenerate loop), so a pathological answer
// costs hundreds of tokens instead of its whole output cap. The runner records why, with the sample.

export interface GuardStop {
  /** The label the sample is recorded with, e.g. "LOOP". */
  label: string;
  /** Where it went wrong, in characters of the response. */
  onsetChar: number;
  /** For the transcript: what was seen (e.g. the repeating text and how often). */
  explanation: string;
}

export interface StreamGuard {
  /** Each delta in order; a stop ends the stream there. */
  push(delta: string): GuardStop | undefined;
}

/** One fresh guard per attempt. */
export type StreamGuardFactory = () => StreamGuard;

export const STREAM_GUARD_SCORER = "stream-guard";
