// Splits text into lower-case words, the unit shared by word counts, the slop index and seq-rep-n.

const OTHER = 0;
const WORD_CHAR = 1;
/** Apostrophes and the hyphen join two runs of word characters: "today's", "fast-paced", "3-4". */
const JOINER = 2;

/**
 * Classes of the basic plane, built once: a table lookup per character is several times faster than a Unicode
 * property regex on accented or emoji-bearing text. Letters outside the basic plane (rare scripts) split words.
 */
const CLASSES = new Uint8Array(0x10000);
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
for (let code = 0; code < CLASSES.length; code++) {
  if (LETTER_MARK_OR_DIGIT.test(String.fromCharCode(code))) CLASSES[code] = WORD_CHAR;
  else if (code === 39 || code === 0x2019 || code === 45) CLASSES[code] = JOINER;
}

/** Lower-case words in order; typographic apostrophes become ASCII ones so "it’s" and "it's" are the same word. */
export function wordTokens(text: string): string[] {
  const lowered = text.toLowerCase();
  const lower = lowered.includes("’") ? lowered.replaceAll("’", "'") : lowered;
  const n = lower.length;
  const words: string[] = [];
  let i = 0;
  while (i < n) {
    if (CLASSES[lower.charCodeAt(i)] !== WORD_CHAR) {
      i++;
      continue;
    }
    const start = i;
    let end = ++i;
    while (i < n) {
      const cls = CLASSES[lower.charCodeAt(i)];
      if (cls === WORD_CHAR) end = ++i;
      else if (cls === JOINER && CLASSES[lower.charCodeAt(i + 1)] === WORD_CHAR) i++;
      else break;
    }
    words.push(lower.slice(start, end));
    i = end;
  }
  return words;
}
