// Reads a riddle answer as a canonical label ("no", "15", "mother"): from the final "ANSWER:" line when there is one,
// else from a clear statement. Hedged, contradictory or empty answers are `unscored`, never guessed.

import { answerStatements } from "../../scorers/answer-phrases.ts";
import { clipText } from "../../scorers/clip-text.ts";
import { findFinalAnswer } from "../../scorers/final-answer.ts";
import { normalizeText } from "../../scorers/normalize-text.ts";
import { findNumbers } from "../../scorers/parse-number.ts";
import type { RiddleKey } from "./fill-riddle.ts";
import {
  ALTERNATIVE, CONTRACTED_NOT, HEDGE, NO_WORDS, POSITIVE_BASE, SKIPPED_BEFORE_MENTION, YES_WORDS,
  negativePhrases, negators, numberWords, phrasePattern,
} from "./riddle-words.ts";

export type AnswerSource = "final answer line" | "answer statement" | "opening sentence" | "closing sentence";
export type RiddleParse = { label: string; from: AnswerSource } | { unscored: string };

type Decision = { label: string } | { hedge: true } | { none: true };
interface Mention {
  start: number;
  end: number;
  label: string;
}

export function parseRiddleAnswer(response: string, key: RiddleKey): RiddleParse {
  const text = response.trim();
  if (text === "") return { unscored: "empty response" };
  const final = findFinalAnswer(text);
  if (final !== undefined) {
    const decision = decide(final, key);
    if ("label" in decision) return { label: decision.label, from: "final answer line" };
    const what = "hedge" in decision ? "hedges or names two answers" : "gives no answer this riddle's key can read";
    return { unscored: `the final answer "${clipText(final)}" ${what}` };
  }
  const sentences = text.split(/\n+|(?<=[.!?])\s+/u).filter((s) => s.trim() !== "");
  const candidates: [string | undefined, AnswerSource][] = [
    [answerStatements(text).at(-1), "answer statement"],
    [ifShort(sentences[0], 12), "opening sentence"],
    [ifShort(sentences.at(-1), 25), "closing sentence"],
  ];
  for (const [segment, from] of candidates) {
    if (segment === undefined) continue;
    const decision = decide(segment, key);
    if ("label" in decision) return { label: decision.label, from };
  }
  return { unscored: "no final answer line and no clear answer statement" };
}

/** The sentence when it has at most `maxWords` words: a long one is reasoning, not an answer. */
function ifShort(sentence: string | undefined, maxWords: number): string | undefined {
  return sentence !== undefined && sentence.trim().split(/\s+/u).length <= maxWords ? sentence : undefined;
}

function decide(segment: string, key: RiddleKey): Decision {
  const text = clean(segment);
  if (text === "") return { none: true };
  const whole = normalizeText(text);
  for (const [label, phrases] of Object.entries(key.synonyms)) {
    if (phrases.some((p) => p.startsWith("=") && normalizeText(p.slice(1)) === whole)) return { label };
  }
  if (HEDGE.test(text)) return { hedge: true };
  return key.kind === "yesno" ? decideYesNo(text, key) : decideMention(text, key);
}

function clean(segment: string): string {
  return segment
    .normalize("NFKC")
    .replace(/’/gu, "'")
    .replace(/\*\*|__|[`<>]/gu, "")
    .replace(/^(?:[#*•-]+\s+)+/u, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

function decideYesNo(text: string, key: RiddleKey): Decision {
  const lead = /^[\p{L}']+/u.exec(text)?.[0];
  if (lead !== undefined) {
    const guarded = lead === "si" || (lead === "no" && key.language === "pt");
    const punctuated = /^\s*(?:[,.!;:—–-]|$)/u.test(text.slice(lead.length));
    if (!guarded || punctuated) {
      if (YES_WORDS.has(lead) || lead === "si") return { label: "yes" };
      if (NO_WORDS.has(lead)) return { label: "no" };
    }
  }
  const negative = phrasePattern([...negativePhrases(key.language), ...scanned(key, "no")], "iu");
  if (negative.test(text) || CONTRACTED_NOT.test(text)) {
    const saysYes = phrasePattern([...YES_WORDS], "iu").test(text);
    return saysYes ? { hedge: true } : { label: "no" };
  }
  return phrasePattern([...POSITIVE_BASE, ...scanned(key, "yes")], "iu").test(text) ? { label: "yes" } : { none: true };
}

function scanned(key: RiddleKey, label: string): string[] {
  return searchable(key.synonyms[label] ?? []);
}

/** Phrases looked for anywhere in the answer; "=" phrases count only as the whole answer. */
function searchable(phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => !phrase.startsWith("="));
}

function decideMention(text: string, key: RiddleKey): Decision {
  const mentions: Mention[] = [];
  for (const [label, phrases] of Object.entries(key.synonyms)) {
    const listed = searchable(phrases);
    if (listed.length === 0) continue;
    for (const match of text.matchAll(phrasePattern(listed))) mentions.push(mention(match, label));
  }
  if (key.kind === "number") mentions.push(...numberMentions(text, key));
  const negating = negators(key.language);
  const kept = withoutOverlaps(mentions).filter((m) => !negated(text, m.start, negating));
  const first = kept[0];
  if (first === undefined) return { none: true };
  if (new Set(kept.map((m) => m.label)).size > 1 && ALTERNATIVE.test(text)) return { hedge: true };
  return { label: first.label };
}

function mention(match: RegExpMatchArray, label: string): Mention {
  const start = match.index ?? 0;
  return { start, end: start + match[0].length, label };
}

function numberMentions(text: string, key: RiddleKey): Mention[] {
  const mentions: Mention[] = [];
  let cursor = 0;
  for (const found of findNumbers(text, { decimalComma: key.language !== "en" })) {
    const at = text.indexOf(found.text, cursor);
    const start = at >= 0 ? at : cursor;
    cursor = start + found.text.length;
    mentions.push({ start, end: cursor, label: numberLabel(found.value, key) });
  }
  const { words, pattern } = numberWords(key.language);
  for (const match of text.matchAll(pattern)) mentions.push(mention(match, numberLabel(words[match[0]] ?? Number.NaN, key)));
  return mentions;
}

/** The key's own label when the value matches it within tolerance, so "15.0" and "15" compare equal. */
function numberLabel(value: number, key: RiddleKey): string {
  for (const label of [key.answer, key.recited]) {
    if (label !== undefined && label.trim() !== "" && Math.abs(Number(label) - value) <= key.tolerance + 1e-9) return label;
  }
  return String(Number.isInteger(value) ? value : Number(value.toFixed(6)));
}

/** Earliest first; a mention inside a longer one ("second" in "second to last") gives way to it. */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

/**
 * "not the father", "nicht 30", "ni las plumas": the nearest word before the mention in its own clause, past articles
 * and copulas ("No, 12" keeps the 12).
 */
function negated(text: string, start: number, negating: ReadonlySet<string>): boolean {
  const clause = text.slice(Math.max(0, start - 80), start).split(/[,;:.!?()—–]/u).at(-1) ?? "";
  const before = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = before.length - 1; i >= 0 && i >= before.length - 5; i--) {
    const word = before[i] as string;
    if (!SKIPPED_BEFORE_MENTION.has(word)) return negating.has(word);
  }
  return false;
}
