// Builds the patterns the refusal rules are written in, and the one lower-cased copy of a reply they are matched
// against: lower-case Unicode patterns on lower-cased text run about twice as fast as case-insensitive ones.

/** A straight or a typographic apostrophe: "can't" and "can’t". */
export const APOSTROPHE = "['’]";

/**
 * Any of the phrases (written in lower case), starting a word and, unless `wholeWord` is false, ending one.
 * `all` makes the pattern global, for callers that look past a first match.
 */
export function phrasePattern(sources: readonly string[], { all = false, wholeWord = true } = {}): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join("|")})${wholeWord ? "(?![\\p{L}])" : ""}`, all ? "gu" : "u");
}

/** The text in lower case, letter for letter: every index still points at the same character of the original. */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few capitals lower-case to two code units ("İ"): those stay as they are, so the copy lines up with the original.
  return text.replace(/\p{Lu}/gu, (letter) => {
    const small = letter.toLowerCase();
    return small.length === letter.length ? small : letter;
  });
}
