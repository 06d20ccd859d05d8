// What the guard reports of a loop, in the text as the model wrote it: its kind, where it begins (at a line or word
// start, not inside a word), the unit's text and length, and how many copies had streamed in.

import type { NearRun } from "./near-loop-tracker.ts";
import { LINE_BREAK, type NormalizedText, SPACE } from "./normalized-text.ts";
import type { RawHistory } from "./raw-history.ts";

/** exact: verbatim copies; counter: copies that differ only in their numbers; near: a sentence said again in other words. */
export type LoopKind = "exact" | "counter" | "near";

export interface LoopVerdict {
  kind: LoopKind;
  /** Where the repetition began: the first copy of the unit, in characters (UTF-16 code units) of the response. */
  onsetChar: number;
  /** The repeating unit as it first appeared, clipped to 200 characters. */
  period: string;
  periodChars: number;
  /** Copies of the unit from the onset to the point of detection (sentences for a near loop). */
  repeats: number;
  /** Characters received when the loop was recognised. */
  detectedAtChar: number;
  /** The copies the prompt asked for, when it asked: the loop went past them. */
  allowedRepeats?: number;
}

const PERIOD_TEXT_CHARS = 200;

/** A periodic run of `period` normalised characters whose region begins at `start`. */
export function periodicVerdict(text: NormalizedText, raw: RawHistory, kind: LoopKind, period: number, start: number, allowedRepeats?: number): LoopVerdict {
  const last = text.length - 1;
  const onset = loopOnset(text, period, start);
  const rawOnset = rawStart(text, raw, onset);
  const periodChars = rawStart(text, raw, Math.min(onset + period, last)) - rawOnset;
  return verdict(raw, kind, rawOnset, periodChars, Math.floor((last + 1 - onset) / period), allowedRepeats);
}

/** A near loop: its unit is its first sentence. */
export function nearVerdict(text: NormalizedText, raw: RawHistory, near: NearRun, allowedRepeats?: number): LoopVerdict {
  const rawOnset = rawStart(text, raw, near.start);
  return verdict(raw, "near", rawOnset, rawStart(text, raw, near.secondStart) - rawOnset, near.sentences, allowedRepeats);
}

function verdict(raw: RawHistory, kind: LoopKind, onsetChar: number, periodChars: number, repeats: number, allowedRepeats?: number): LoopVerdict {
  return {
    kind,
    onsetChar,
    period: unitText(raw, onsetChar, periodChars),
    periodChars,
    repeats,
    detectedAtChar: raw.length,
    ...(allowedRepeats === undefined ? {} : { allowedRepeats }),
  };
}

/**
 * A run often begins with a few characters that merely match the unit's end ("request. I'm sorry. I'm sorry. ",
 * "task 50.\n- task 51.\n- task 51.\n"): when it starts inside a line, the loop proper starts at the next line, else
 * when it starts inside a word, at the next word; never more than one unit later, and only where a whole unit follows.
 */
function loopOnset(text: NormalizedText, period: number, start: number): number {
  const limit = Math.min(start + period - 1, text.length - 1 - period);
  if (start <= text.start || text.charAt(start - 1) === LINE_BREAK) return start;
  let newline = start;
  while (newline < limit && text.charAt(newline) !== LINE_BREAK) newline++;
  if (newline < limit) {
    let onset = newline + 1;
    while (onset < limit && text.charAt(onset) === LINE_BREAK) onset++;
    return onset;
  }
  if (text.charAt(start - 1) === SPACE) return start;
  let wordStart = start + 1;
  while (wordStart <= limit && !(isBlank(text.charAt(wordStart - 1)) && !isBlank(text.charAt(wordStart)))) wordStart++;
  return wordStart <= limit ? wordStart : start;
}

/** Where a normalised character begins in the raw text, a line's indentation included. */
function rawStart(text: NormalizedText, raw: RawHistory, index: number): number {
  let position = text.rawAt(index);
  if (index > text.start && text.charAt(index - 1) === LINE_BREAK) {
    while (position > raw.start && (raw.charAt(position - 1) === SPACE || raw.charAt(position - 1) === 9)) position--;
  }
  return position;
}

/** The unit's first 200 characters, never starting or ending inside an emoji. */
function unitText(raw: RawHistory, onset: number, periodChars: number): string {
  let end = onset + Math.min(periodChars, PERIOD_TEXT_CHARS);
  if (periodChars > PERIOD_TEXT_CHARS && isHighSurrogate(raw.charAt(end - 1))) end--;
  const start = isLowSurrogate(raw.charAt(onset)) ? onset + 1 : onset;
  return raw.slice(start, end);
}

function isBlank(code: number): boolean {
  return code === SPACE || code === LINE_BREAK;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
