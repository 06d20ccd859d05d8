// Turns a loop verdict into what the runner records with the sample: the LOOP label, where the loop began in characters
// and tokens, and how much of the output cap stopping it saved.

import type { LoopVerdict } from "./loop-detector.ts";

export const LOOP_LABEL = "LOOP";

/** Tokens in the first `chars` characters of the response. */
export type CountTokens = (chars: number) => number;

/** About four characters a token, the runner's estimate wherever the model's tokenizer is not at hand. */
export const approximateTokens: CountTokens = (chars) => Math.ceil(chars / 4);

export interface LoopOutcomeContext {
  /** The request's output cap; without one there is no saving to state. */
  maxOutputTokens?: number;
  /** Length of the text actually received: the stream ends after the delta that tripped the detector, not inside it. */
  generatedChars: number;
  /** e.g. `(chars) => tokenizer.count(text.slice(0, chars))`; approximateTokens when absent. */
  countTokens?: CountTokens;
}

export interface LoopOutcome {
  label: typeof LOOP_LABEL;
  onsetChar: number;
  /** Tokens before the loop began (approximate unless countTokens is exact). */
  onsetTokens: number;
  /** Output tokens generated when the stream stopped. */
  stoppedAtTokens: number;
  /** maxOutputTokens minus stoppedAtTokens, never below 0; absent without a cap. */
  tokensSaved?: number;
  /** e.g. `loop from char 812 (~203 tokens): period 11 chars "The reason " x 54; stopped at ~340 tokens, ~19,660 saved` */
  explanation: string;
}

const SHOWN_PERIOD_CHARS = 60;

export function loopOutcome(verdict: LoopVerdict, context: LoopOutcomeContext): LoopOutcome {
  const countTokens = context.countTokens ?? approximateTokens;
  const stoppedAtTokens = countTokens(context.generatedChars);
  const cap = context.maxOutputTokens;
  const tokensSaved = cap === undefined ? undefined : Math.max(0, cap - stoppedAtTokens);
  const saved = tokensSaved === undefined ? "" : `, ~${formatCount(tokensSaved)} saved`;
  return {
    label: LOOP_LABEL,
    onsetChar: verdict.onsetChar,
    onsetTokens: countTokens(verdict.onsetChar),
    stoppedAtTokens,
    tokensSaved,
    explanation: `${describeLoop(verdict, countTokens)}; stopped at ~${formatCount(stoppedAtTokens)} tokens${saved}`,
  };
}

/** Where the loop began and what repeats: `loop from char 812 (~203 tokens): period 11 chars "The reason " x 54`. */
export function describeLoop(verdict: LoopVerdict, countTokens: CountTokens = approximateTokens): string {
  let shown = verdict.period.slice(0, SHOWN_PERIOD_CHARS);
  // Never cut an emoji in half: a lone surrogate would print as an escape.
  const last = shown.charCodeAt(shown.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) shown = shown.slice(0, -1);
  const clipped = verdict.periodChars > shown.length ? "…" : "";
  return (
    `loop from char ${formatCount(verdict.onsetChar)} (~${formatCount(countTokens(verdict.onsetChar))} tokens): ` +
    `period ${formatCount(verdict.periodChars)} chars ${JSON.stringify(shown)}${clipped} x ${formatCount(verdict.repeats)}`
  );
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}
