// Where text may be cut without breaking a sentence (or, failing that, a word). Used to cut a haystack's last
// chunk to length and to split files that have no blank lines. Abbreviations ("Mr. Hale") count as ends: a cut
// there is still between words, and guessing abbreviations in any language is not worth the cost.

const ENDERS = new Set([".", "!", "?", "…"]);
/** Full-width enders close a sentence with no space after them. */
const FULL_WIDTH_ENDERS = new Set(["。", "！", "？"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "」", "』"]);

function isSpace(char: string | undefined): boolean {
  return char === " " || char === "\n" || char === "\t" || char === "\r" || char === "\f" || char === "\v" || char === "\u00a0";
}

/** Offsets just past each sentence's end mark and closing quotes, where whitespace or the end of the text follows. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const fullWidth = FULL_WIDTH_ENDERS.has(char);
    if (!fullWidth && !ENDERS.has(char)) continue;
    let end = i + 1;
    while (ENDERS.has(text.charAt(end)) || FULL_WIDTH_ENDERS.has(text.charAt(end))) end++;
    while (CLOSERS.has(text.charAt(end))) end++;
    if (end === text.length || isSpace(text.charAt(end)) || fullWidth) ends.push(end);
    i = end - 1;
  }
  return ends;
}

/** Offsets where a word ends (whitespace or the end of the text follows), between `from` and `to`. */
export function wordEnds(text: string, from = 0, to = text.length): number[] {
  const ends: number[] = [];
  for (let i = Math.max(1, from); i <= to; i++) {
    if ((i === text.length || isSpace(text.charAt(i))) && !isSpace(text.charAt(i - 1))) ends.push(i);
  }
  return ends;
}
