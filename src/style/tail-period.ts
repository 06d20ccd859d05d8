// Is the end of a response one unit repeated verbatim ("The reason The reason ...")? Finds the smallest repeating
// period of the last characters, after the fact, for every stored response (the stream guard does the same live).

export interface TailPeriod {
  /** The smallest period, in UTF-16 code units. */
  chars: number;
  /** Words that begin within one period ("The reason " is 2); 0 when the unit lies inside one word or has none. */
  words: number;
  /** Whole copies of the unit in the repeating run, counted over the whole text, not just the window. */
  repeats: number;
  /** Where the run begins; it may start inside a word, where the text first agrees with the loop. */
  onsetChar: number;
  /** The unit as it first appears in the run, clipped to 200 characters. */
  unit: string;
}

/** How much of the end is examined: periods up to a third of it (666 characters, a long paragraph) are found. */
export const TAIL_WINDOW_CHARS = 2000;
/** Three verbatim copies make a loop; a chorus sung twice or a closing line echoed once does not. */
export const MIN_TAIL_REPEATS = 3;
/** Shorter runs are punctuation ("..."), laughter ("ha ha ha") or a rule ("-----"), not a stuck generation. */
export const MIN_TAIL_RUN_CHARS = 40;
/** A unit without letters or digits (a rule, dots, blank lines, emoji) needs a longer run: an 80-character rule is decoration. */
export const MIN_WORDLESS_RUN_CHARS = 200;

const UNIT_TEXT_CHARS = 200;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINERS = "'’-";

/**
 * The tail's smallest period with at least MIN_TAIL_REPEATS copies, or undefined when the tail is not periodic.
 * Trailing whitespace is looked through when it breaks the pattern ("The reason The reason The reason\n").
 */
export function tailPeriod(text: string): TailPeriod | undefined {
  const period = periodAtEnd(text);
  if (period) return period;
  const trimmed = text.trimEnd();
  return trimmed.length < text.length ? periodAtEnd(trimmed) : undefined;
}

function periodAtEnd(text: string): TailPeriod | undefined {
  const end = text.length;
  const n = Math.min(TAIL_WINDOW_CHARS, end);
  const tail = new Uint16Array(n);
  for (let k = 0; k < n; k++) tail[k] = text.charCodeAt(end - 1 - k);
  // Z-function of the tail read backwards: z[p] is how far back the text keeps equalling itself p characters earlier,
  // so the last p + z[p] characters repeat with period p. [left, right) is the rightmost match box so far.
  const top = Math.floor(n / MIN_TAIL_REPEATS);
  const z = new Int32Array(top + 1);
  let left = 0;
  let right = 0;
  for (let p = 1; p <= top; p++) {
    let k = p < right ? Math.min(right - p, z[p - left]!) : 0;
    while (p + k < n && tail[k] === tail[p + k]) k++;
    z[p] = k;
    if (p + k > right) {
      left = p;
      right = p + k;
    }
    if (p + k < Math.max(MIN_TAIL_REPEATS * p, MIN_TAIL_RUN_CHARS)) continue;
    if (p + k >= MIN_WORDLESS_RUN_CHARS || hasWordChar(text, end - p, end)) return describeRun(text, p, k);
  }
  return undefined;
}

/** Follows the run past the window to its true start, then describes it. */
function describeRun(text: string, period: number, matched: number): TailPeriod {
  const end = text.length;
  let k = matched;
  while (end - 1 - period - k >= 0 && text.charCodeAt(end - 1 - k) === text.charCodeAt(end - 1 - period - k)) k++;
  const run = period + k;
  const onsetChar = end - run;
  let words = 0;
  for (let i = end - period; i < end; i++) if (startsWord(text, i)) words++;
  return {
    chars: period,
    words,
    repeats: Math.floor(run / period),
    onsetChar,
    unit: text.slice(onsetChar, onsetChar + Math.min(period, UNIT_TEXT_CHARS)),
  };
}

function hasWordChar(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordChar(text, i)) return true;
  return false;
}

/** As in wordTokens, an apostrophe or hyphen between word characters joins them: "I'm" is one word. */
function startsWord(text: string, index: number): boolean {
  if (!isWordChar(text, index) || isWordChar(text, index - 1)) return false;
  return !(JOINERS.includes(text.charAt(index - 1)) && isWordChar(text, index - 2));
}

function isWordChar(text: string, index: number): boolean {
  return WORD_CHAR.test(text.charAt(index));
}
