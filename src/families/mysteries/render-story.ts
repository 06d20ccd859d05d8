// Tells a case at a target length: instructions, opening (the crime and its bounds), cast, then the remaining facts
// spread evenly through filler narration, and the question. Length is estimated at 4 characters per token.

import { seedFromString } from "../../core/random.ts";
import type { Fact, MysteryCase, Suspect } from "./mystery-case.ts";
import { randomPicker } from "./random-picker.ts";
import type { AnswerMode, StoryLanguage } from "./story-language.ts";

export const CHARS_PER_TOKEN = 4;

export interface RenderedStory {
  text: string;
  /** Characters / 4, rounded up. */
  approxTokens: number;
  /** Where the decisive clue starts, as a share of the story between instructions and question (0..1). */
  decisiveDepth: number;
}

export interface StoryRequest {
  mystery: MysteryCase;
  language: StoryLanguage;
  targetTokens: number;
  mode: AnswerMode;
  /** The suspects in this trial's option order. */
  options: readonly Suspect[];
}

const OPENING_KINDS = new Set<Fact["kind"]>(["suspect", "crime-place", "window-start", "window-end"]);

export function approxTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export function renderStory(request: StoryRequest): RenderedStory {
  const { mystery, language, targetTokens, mode, options } = request;
  // Seeded without the mode or the trial, so every variant of an item tells the same story.
  const rng = randomPicker(seedFromString(`story:${mystery.seed}:${language.code}:${targetTokens}`));
  const factText = (kind: Fact["kind"]) => mystery.facts.filter((f) => f.kind === kind).map((f) => language.fact(f, mystery));
  const opening = [language.title(mystery), [...factText("crime-place"), ...factText("window-start"), ...factText("window-end")].join(" "), language.cast(mystery)];
  const body = rng.shuffle(mystery.facts.filter((f) => !OPENING_KINDS.has(f.kind))).map((fact) => ({ fact, text: language.fact(fact, mystery) }));
  const instructions = language.instructions(mystery);
  const question = language.question(mode, options, mystery);

  const separator = "\n\n";
  const fixed = [instructions, ...opening, ...body.map((b) => b.text), question];
  const fixedChars = fixed.reduce((sum, part) => sum + part.length, 0) + separator.length * (fixed.length - 1);
  const filler = fillerParagraphs(targetTokens * CHARS_PER_TOKEN - fixedChars, separator.length, () => language.fillerParagraph(mystery, rng));

  const story: string[] = [...opening];
  let next = 0;
  let decisiveIndex = 0;
  body.forEach((entry, i) => {
    const upTo = Math.round(((i + 0.5) / body.length) * filler.length);
    while (next < upTo) story.push(filler[next++] as string);
    if (entry.fact.id === mystery.decisive) decisiveIndex = story.length;
    story.push(entry.text);
  });
  story.push(...filler.slice(next));

  const storyText = story.join(separator);
  const decisiveOffset = story.slice(0, decisiveIndex).reduce((sum, part) => sum + part.length + separator.length, 0);
  const text = [instructions, storyText, question].join(separator);
  return { text, approxTokens: approxTokens(text), decisiveDepth: Math.round((decisiveOffset / storyText.length) * 100) / 100 };
}

/** Paragraphs filling `budget` characters (each costs its length plus a separator); the last is cut at a sentence. */
function fillerParagraphs(budget: number, separatorLength: number, paragraph: () => string): string[] {
  const paragraphs: string[] = [];
  let left = budget;
  while (left > separatorLength) {
    const text = paragraph();
    if (text.length + separatorLength <= left) {
      paragraphs.push(text);
      left -= text.length + separatorLength;
      continue;
    }
    const cut = cutAtSentence(text, left - separatorLength);
    if (cut) paragraphs.push(cut);
    break;
  }
  return paragraphs;
}

function cutAtSentence(text: string, maxChars: number): string {
  const sentences = text.match(/[^.!?]+[.!?]+["”»]?\s*/gu) ?? [];
  let cut = "";
  for (const sentence of sentences) {
    if (cut.length + sentence.length > maxChars) break;
    cut += sentence;
  }
  return cut.trim();
}
