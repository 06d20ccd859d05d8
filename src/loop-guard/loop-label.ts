// How a loop and a request for repetition read in the transcript: the LOOP label, the kind of loop, where it began,
// what repeats, and what the prompt asked for.

import type { LoopVerdict } from "./loop-verdict.ts";
import type { RepetitionRequest } from "./repetition-request.ts";

export const LOOP_LABEL = "LOOP";

const SHOWN_PERIOD_CHARS = 60;

/**
 * `counter loop from char 812: period 64 chars "- Poll 2: the export job is still PENDING, so I will wait thi…" x 17`,
 * with `, past the 50 copies asked for` when the prompt asked for repetition.
 */
export function describeLoop(verdict: LoopVerdict): string {
  let shown = verdict.period.slice(0, SHOWN_PERIOD_CHARS);
  // Never cut an emoji in half: a lone surrogate would print as an escape.
  const last = shown.charCodeAt(shown.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) shown = shown.slice(0, -1);
  const clipped = verdict.periodChars > shown.length ? "…" : "";
  const asked = verdict.allowedRepeats === undefined ? "" : `, past the ${formatCount(verdict.allowedRepeats)} copies asked for`;
  return (
    `${verdict.kind} loop from char ${formatCount(verdict.onsetChar)}: ` +
    `period ${formatCount(verdict.periodChars)} chars ${JSON.stringify(shown)}${clipped} x ${formatCount(verdict.repeats)}${asked}`
  );
}

/** `"write this line 50 times" (up to 50 copies)`; a request without a count widens nothing, and says so. */
export function describeRequest(request: RepetitionRequest): string {
  const quoted = JSON.stringify(request.asked);
  if (request.copies === undefined) return `${quoted} (no count: the usual limits apply)`;
  const cells = request.cells === undefined ? "" : `, ${formatCount(request.cells)} cells`;
  return `${quoted} (up to ${formatCount(request.copies)} copies${cells})`;
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
