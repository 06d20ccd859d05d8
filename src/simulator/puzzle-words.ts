// What the simulator's puzzle readers share: the five languages they read (en, es, fr, de, pt), whole-word cue
// patterns over them, number pickers, and the words a reply is written in. Reading, never an answer key.

export const PUZZLE_LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
export type PuzzleLanguage = (typeof PUZZLE_LANGUAGES)[number];

/** One language's words for something, or the same word for all. */
export type Words = Record<PuzzleLanguage, string>;

export interface Puzzle {
  /** What the puzzle is, for tests and explanations ("bat and ball"). */
  name: string;
  /** Every pattern must match the question for this reader to take it. */
  recognise: readonly RegExp[];
  /** The answer as the reply's answer line should state it, or undefined when the text cannot be read. */
  read(text: string, language: PuzzleLanguage): string | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Any of the phrases as whole words, case-insensitive ("kill" never matches "skill"). */
export function cue(...phrases: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

/** Any word starting with one of the stems ("doubl" for doubles, doubled, doubling). */
export function stem(...stems: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escape).join("|")})`, "iu");
}

/** The first whole number directly followed by one of the words ("30 days", "8 pills"). */
export function numberBefore(text: string, ...words: string[]): number | undefined {
  const found = new RegExp(`(?<![\\p{N}.,])(\\d+)\\s+(?:${words.map(escape).join("|")})(?![\\p{L}])`, "iu").exec(text);
  return found ? Number(found[1]) : undefined;
}

/** The first whole number right after one of the phrases ("all but 5", "cuando yo tenía 12"). */
export function numberAfter(text: string, ...phrases: string[]): number | undefined {
  const found = new RegExp(`(?<![\\p{L}])(?:${phrases.map(escape).join("|")})\\s+(\\d+)`, "iu").exec(text);
  return found ? Number(found[1]) : undefined;
}

/** Every whole number in the text, in order. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\p{N}.,:])\d+(?![\p{N}]|[.,:]\d)/gu)].map((m) => Number(m[0]));
}

/** Small quantities as words or digits, articles counting as one: "a kilogram", "dos kilos", "das Kilo". */
export const QUANTITY_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, the: 1, two: 2, three: 3,
  un: 1, una: 1, el: 1, la: 1, dos: 2, tres: 3,
  une: 1, le: 1, deux: 2, trois: 3,
  ein: 1, eine: 1, einen: 1, das: 1, zwei: 2, drei: 3,
  um: 1, uma: 1, o: 1, dois: 2, duas: 2, três: 3,
};

export const YES: Words = { en: "yes", es: "sí", fr: "oui", de: "ja", pt: "sim" };
export const NO: Words = { en: "no", es: "no", fr: "non", de: "nein", pt: "não" };

/** A short lead-in before the answer line: the prompts ask for brief reasoning first. */
export const LEAD_IN: Words = {
  en: "Reading the question closely, the details decide it.",
  es: "Leyendo la pregunta con atención, los detalles lo deciden.",
  fr: "En lisant la question attentivement, ce sont les détails qui tranchent.",
  de: "Liest man die Frage genau, entscheiden die Details.",
  pt: "Lendo a pergunta com atenção, os detalhes decidem.",
};

export function asPuzzleLanguage(code: string): PuzzleLanguage {
  return (PUZZLE_LANGUAGES as readonly string[]).includes(code) ? (code as PuzzleLanguage) : "en";
}
