// Generated prose with needle-like sentences about other keys ("The archive code for Wolfmere is 4172093."), so
// a model must match the needle's key, not just spot the one sentence that looks like a fact to remember.

import { ConfigError } from "../core/errors.ts";
import { sha256 } from "../core/hash.ts";
import { between, chunkRandom, pick } from "./chunk-random.ts";
import type { HaystackSource } from "./haystack-source.ts";
import { proseChunk } from "./procedural-prose.ts";
import { FIRST_NAMES, SURNAMES } from "./prose-names.ts";
import { PROSE_FINGERPRINT, townName } from "./prose-sentences.ts";
import { COLORS, SITES, THINGS } from "./prose-words.ts";
import { sentenceEnds } from "./sentence-ends.ts";

export interface DistractorOptions {
  /** The needles' keys (cities, names, objects): no distractor is about a key that equals or contains one of them. */
  avoidKeys?: readonly string[];
}

/** Separates the distractor draws from the prose draws of the same chunk. */
const DISTRACTOR_STREAM = 1;
const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
/** Thousands of towns and names make a clash rare; a key list that rules them all out is a mistake upstream. */
const MAX_KEY_TRIES = 1000;

const FORMS: readonly ((key: string, value: string) => string)[] = [
  (key, value) => `The archive code for ${key} is ${value}.`,
  (key, value) => `The special magic number for ${key} is ${value}.`,
  (key, value) => `Remember that the access code for ${key} is ${value}.`,
  (key, value) => `The secret word for ${key} is ${value}.`,
  (key, value) => `For ${key}, the registry number is ${value}.`,
];

function distractorKey(random: () => number): string {
  const roll = random();
  if (roll < 0.5) return townName(random);
  if (roll < 0.75) return `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`;
  return `the ${pick(random, SITES)} at ${townName(random)}`;
}

function distractorValue(random: () => number): string {
  const roll = random();
  if (roll < 0.5) return String(between(random, 1_000_000, 9_999_999));
  if (roll < 0.8) {
    let letters = "";
    for (let i = 0; i < 4; i++) letters += LETTERS.charAt(Math.floor(random() * LETTERS.length));
    return `${letters}-${between(random, 100, 999)}`;
  }
  return `${pick(random, COLORS)}-${pick(random, THINGS)}`;
}

/** Lower case, letters and digits as words: "the Mill, Ashford" -> "the mill ashford". */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function clashes(key: string, avoid: readonly string[]): boolean {
  const padded = ` ${normalizeKey(key)} `;
  return avoid.some((other) => padded.includes(` ${other} `) || ` ${other} `.includes(padded));
}

/** One distractor sentence whose key clashes with none of `avoid` (normalized keys). */
export function distractorSentence(random: () => number, avoid: readonly string[]): string {
  let key = distractorKey(random);
  for (let tries = 1; clashes(key, avoid); tries++) {
    if (tries === MAX_KEY_TRIES) throw new ConfigError("no distractor key avoids the needles' keys; are they too general?");
    key = distractorKey(random);
  }
  return pick(random, FORMS)(key, distractorValue(random));
}

export function distractorProse(seed: number, options: DistractorOptions = {}): HaystackSource {
  const avoid = [...new Set((options.avoidKeys ?? []).map(normalizeKey).filter((key) => key !== ""))].sort();
  return {
    id: `distractor-prose:v1:${PROSE_FINGERPRINT}:${seed}:${sha256(JSON.stringify(avoid)).slice(0, 12)}`,
    description: `generated prose with distractors (seed ${seed})`,
    chunk(index) {
      const random = chunkRandom(seed, index, DISTRACTOR_STREAM);
      const paragraphs = proseChunk(seed, index).split("\n\n");
      const which = between(random, 0, paragraphs.length - 1);
      const paragraph = paragraphs[which] as string;
      const at = pick(random, [0, ...sentenceEnds(paragraph)]);
      const sentence = distractorSentence(random, avoid);
      paragraphs[which] = at === 0 ? `${sentence} ${paragraph}` : `${paragraph.slice(0, at)} ${sentence}${paragraph.slice(at)}`;
      return paragraphs.join("\n\n");
    },
  };
}
