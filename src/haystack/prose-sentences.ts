// Fills prose-templates.ts from the word lists: a paragraph is 3-8 sentences around one person and one town.
// Templates are parsed once into parts, so a sentence costs a handful of random draws and string appends.

import { sha256 } from "../core/hash.ts";
import { between, pick } from "./chunk-random.ts";
import { ADVERBS, ASKED, HANDLING_VERBS, MOVING_VERBS, SAID, THOUGHT } from "./prose-verbs.ts";
import {
  COUNTS, DAYPARTS, FIRST_NAMES, MONTHS, ORDINALS, REGION_WORDS, SEASONS, SURNAMES, TOWN_ENDS, TOWN_STARTS, WEEKDAYS,
} from "./prose-names.ts";
import * as templates from "./prose-templates.ts";
import { ADJECTIVES, ANIMALS, COLORS, FOODS, IDEAS, LANDS, PLANTS, ROLES, SITES, THINGS, TRAITS, WEATHER } from "./prose-words.ts";
import { plural, verbForms, withArticle } from "./word-forms.ts";

interface ProseContext {
  random: () => number;
  /** The paragraph's person and town, so a paragraph reads as being about something. */
  hero: string;
  home: string;
}

type Filler = (context: ProseContext) => string;
interface Slot {
  name: string;
  article: boolean;
  capital: boolean;
}

/** A town that belongs to no real map: "Ashcombe", "Wolfmere". */
export function townName(random: () => number): string {
  return pick(random, TOWN_STARTS) + pick(random, TOWN_ENDS);
}

const handling = HANDLING_VERBS.map(verbForms);
const moving = MOVING_VERBS.map(verbForms);
const plurals = (list: readonly string[]) => list.map(plural);
const from = (list: readonly string[]): Filler => (context) => pick(context.random, list);
const oneOf = (list: readonly string[]): Filler => {
  const compiled = list.map(compile);
  return (context) => expand(pick(context.random, compiled), context);
};

const SLOTS: Record<string, Filler> = {
  name: (c) => `${pick(c.random, FIRST_NAMES)} ${pick(c.random, SURNAMES)}`,
  first: from(FIRST_NAMES),
  hero: (c) => c.hero,
  home: (c) => c.home,
  town: (c) => townName(c.random),
  region: (c) => `${townName(c.random)} ${pick(c.random, REGION_WORDS)}`,
  role: from(ROLES),
  roles: from(plurals(ROLES)),
  thing: from(THINGS),
  things: from(plurals(THINGS)),
  site: from(SITES),
  land: from(LANDS),
  lands: from(plurals(LANDS)),
  idea: from(IDEAS),
  animal: from(ANIMALS),
  animals: from(plurals(ANIMALS)),
  plants: from(plurals(PLANTS)),
  food: from(FOODS),
  weather: from(WEATHER),
  adj: from(ADJECTIVES),
  trait: from(TRAITS),
  color: from(COLORS),
  adv: from(ADVERBS),
  verb: from(handling.map((v) => v.base)),
  verbs: from(handling.map((v) => v.third)),
  verbed: from(handling.map((v) => v.past)),
  verben: from(handling.map((v) => v.participle)),
  moved: from(moving.map((v) => v.past)),
  moven: from(moving.map((v) => v.participle)),
  said: from(SAID),
  asked: from(ASKED),
  thought: from(THOUGHT),
  count: from(COUNTS),
  ordinal: from(ORDINALS),
  month: from(MONTHS),
  weekday: from(WEEKDAYS),
  season: from(SEASONS),
  daypart: from(DAYPARTS),
  num: (c) => String(between(c.random, 2, 999)),
  year: (c) => String(between(c.random, 1700, 1999)),
  day: (c) => String(between(c.random, 1, 28)),
  date: oneOf(templates.DATE),
  person: oneOf(templates.PERSON),
  place: oneOf(templates.PLACE),
  np: oneOf(templates.NOUN_PHRASE),
  time: oneOf(templates.TIME),
  clause: oneOf(templates.CLAUSE),
  spoken: oneOf(templates.SPOKEN),
  askedaloud: oneOf(templates.ASKED_ALOUD),
};

function compile(template: string): (string | Slot)[] {
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (const found of template.matchAll(/\{(\^?)(a:)?(\w+)\}/g)) {
    if (found.index > last) parts.push(template.slice(last, found.index));
    parts.push({ name: found[3] ?? "", capital: found[1] === "^", article: found[2] === "a:" });
    last = found.index + found[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** With `capitalFirst`, the first letter of the result is upper-cased: in its piece, before the pieces are joined. */
function expand(parts: readonly (string | Slot)[], context: ProseContext, capitalFirst = false): string {
  let text = "";
  let pending = capitalFirst;
  for (const part of parts) {
    let piece: string;
    if (typeof part === "string") piece = part;
    else {
      piece = (SLOTS[part.name] as Filler)(context);
      if (part.article) piece = withArticle(piece);
      if (part.capital) piece = capitalize(piece);
    }
    if (pending && firstLetter(piece) >= 0) {
      piece = capitalize(piece);
      pending = false;
    }
    text += piece;
  }
  return text;
}

function firstLetter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) return i;
  }
  return -1;
}

/** Upper-cases the first letter, past any opening quote. */
function capitalize(text: string): string {
  const at = firstLetter(text);
  return at < 0 ? text : text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}

const statements = templates.STATEMENT.map(compile);
const questions = templates.QUESTION.map(compile);
const dialogue = templates.DIALOGUE.map(compile);

// Every template's slots must exist: checked once at load, so a typo fails every test, not one sentence in 10,000.
for (const part of Object.values(templates).flat().flatMap(compile)) {
  if (typeof part !== "string" && !(part.name in SLOTS)) throw new Error(`prose template slot {${part.name}} is not defined`);
}

/** Changes whenever a word list or template changes, so token counts cached for older prose are not reused. */
export const PROSE_FINGERPRINT = sha256(
  JSON.stringify([
    Object.values(templates), ADJECTIVES, ANIMALS, COLORS, FOODS, IDEAS, LANDS, PLANTS, ROLES, SITES, THINGS, TRAITS, WEATHER,
    ADVERBS, ASKED, HANDLING_VERBS, MOVING_VERBS, SAID, THOUGHT, COUNTS, DAYPARTS, FIRST_NAMES, MONTHS, ORDINALS,
    REGION_WORDS, SEASONS, SURNAMES, TOWN_ENDS, TOWN_STARTS, WEEKDAYS,
  ]),
).slice(0, 12);

/** One sentence: mostly statements, some dialogue, a few questions. */
function proseSentence(context: ProseContext): string {
  const roll = context.random();
  const pool = roll < 0.75 ? statements : roll < 0.92 ? dialogue : questions;
  return expand(pick(context.random, pool), context, true);
}

/** A paragraph of 3 to 8 sentences about one person in one town. */
export function proseParagraph(random: () => number): string {
  const context: ProseContext = { random, hero: pick(random, FIRST_NAMES), home: townName(random) };
  const count = between(random, 3, 8);
  let text = proseSentence(context);
  for (let i = 1; i < count; i++) text += ` ${proseSentence(context)}`;
  return text;
}
