// The `compose` solver: writes as many words as the prompt asks for ("about 1000 words", "unas 800 palabras"), as
// varied pseudo-prose drawn from a hash of the conversation so far. It gives writing tasks pieces of a known length
// to measure, and never repeats itself (so the loop guard has nothing to stop); it is filler, never literature.

import { seededRandom, seedFromString } from "../core/random.ts";

const WORD_COUNT = /(\d[\d,.]*)\s*(?:words|palabras|mots|wörter|parole|palavras)/iu;
const VOCABULARY = (
  "river lantern harbour winter stranger letter window orchard bridge silence morning engine garden mirror village " +
  "promise shadow tower station clock journey voice thunder meadow candle ribbon market signal forest doorway " +
  "carried remembered whispered followed crossed watched opened gathered waited believed turned noticed answered " +
  "quietly slowly suddenly again still almost never always perhaps together beneath beyond across inside toward " +
  "old bright narrow distant hollow golden patient restless silver broken gentle crooked secret heavy familiar " +
  "she he they the captain her brother the keeper an old friend the child the clerk the stranger"
).split(" ");

/** The number of words a prompt asks for ("about 1000 words"), or undefined when it names none. */
export function askedWordCount(question: string): number | undefined {
  const found = WORD_COUNT.exec(question);
  if (!found?.[1]) return undefined;
  const words = Number(found[1].replace(/[,.]/g, ""));
  return Number.isFinite(words) && words > 0 ? words : undefined;
}

/** The asked number of words of pseudo-prose in sentences and paragraphs; undefined when the prompt names no count. */
export function composeAnswer(question: string, conversation: string): string | undefined {
  const words = askedWordCount(question);
  if (words === undefined) return undefined;
  const random = seededRandom(seedFromString(conversation));
  const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  for (let written = 0; written < words; ) {
    const length = Math.min(words - written, 6 + Math.floor(random() * 14));
    const sentence = Array.from({ length }, pick).join(" ");
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".");
    written += length;
    if (sentences.length >= 5 + Math.floor(random() * 4)) {
      paragraphs.push(sentences.join(" "));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(" "));
  return paragraphs.join("\n\n");
}
