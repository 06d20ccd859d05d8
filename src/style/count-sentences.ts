// Counts sentences roughly but cheaply, as the denominator of "exclamations per sentence": every run of terminal
// punctuation that ends a clause, plus every line that ends in a word rather than a stop (headers, list items).

/**
 * Full-width stops end a sentence wherever they are; Latin ones only before a space, a closing mark or a line end.
 * The lookbehind lets a run match only from its start, so a 100 KB run of "!" costs one pass, not a quadratic search.
 */
const TERMINATOR = /[。！？]+|(?<![.!?…])[.!?…]+(?=[\s"'”’»)\]*_]|$)/gmu;

const STOPS = ".!?…。！？";
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function countSentences(text: string): number {
  let sentences = text.match(TERMINATOR)?.length ?? 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (endsInWord(text, start, end)) sentences++;
    start = end + 1;
  }
  return sentences;
}

/**
 * Whether a line's last word has no stop after it. Closing marks, emoji and other symbols may follow a stop
 * ("Done! 🎉" ends with one, "Price: 5 €" does not). Only the line's tail is read, so this costs little per line.
 */
function endsInWord(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const char = text.charAt(i);
    if (STOPS.includes(char)) return false;
    if (WORD_CHAR.test(char)) return true;
  }
  return false;
}
