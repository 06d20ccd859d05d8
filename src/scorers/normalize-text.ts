// Text normalisation shared by the match scorers, so "**Paris.**" and "paris" compare equal when the user wants them to.

export interface NormalizeOptions {
  /** Compare case-insensitively (default true). */
  ignoreCase?: boolean;
  /** Trim surrounding whitespace and collapse inner runs to one space (default true). */
  ignoreWhitespace?: boolean;
  /** Drop trailing punctuation (. , ; : ! ? … and CJK forms) and leading ¿ ¡ (default true). */
  ignorePunctuation?: boolean;
  /** Drop quotes wrapped around the whole text: "x", 'x', “x”, «x», 「x」 (default true). */
  ignoreQuotes?: boolean;
  /** Drop markdown bold, inline code, code fences and italics wrapped around the whole text (default true). */
  ignoreMarkdown?: boolean;
  /** Unicode NFKC, so full-width and compatibility forms compare equal (default true). */
  unicodeNormalize?: boolean;
  /** Drop accents and other combining marks: "café" equals "cafe" (default false). */
  ignoreAccents?: boolean;
}

const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ["“", "”"],
  ["‘", "’"],
  ["«", "»"],
  ["„", "“"],
  ["‚", "‘"],
  ["「", "」"],
  ["『", "』"],
];
const TRAILING_PUNCTUATION = /[.,;:!?…。，、；：！？]+$/u;
const LEADING_PUNCTUATION = /^[¿¡]+/u;
const FENCE_LINE = /^[ \t]*(?:```|~~~)[^\n]*$/gm;
const ITALIC_WRAPPERS = ["*", "_"];

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const unicode = options.unicodeNormalize ?? true;
  let s = unicode ? text.normalize("NFKC") : text;
  if (options.ignoreMarkdown ?? true) s = s.replace(FENCE_LINE, "").replace(/\*\*|__|`/g, "");
  s = (options.ignoreWhitespace ?? true) ? s.replace(/\s+/gu, " ").trim() : s;
  // Wrappers nest in any order ("**'Paris'.**"), so peel until nothing changes.
  for (let previous = ""; previous !== s; ) {
    previous = s;
    if (options.ignorePunctuation ?? true) s = s.replace(TRAILING_PUNCTUATION, "").replace(LEADING_PUNCTUATION, "");
    if (options.ignoreQuotes ?? true) s = unwrap(s, QUOTE_PAIRS);
    if (options.ignoreMarkdown ?? true) s = unwrap(s, ITALIC_WRAPPERS.map((w) => [w, w] as const));
    if (options.ignoreWhitespace ?? true) s = s.trim();
  }
  if (options.ignoreAccents ?? false) s = s.normalize("NFD").replace(/\p{M}/gu, "").normalize(unicode ? "NFKC" : "NFC");
  if (options.ignoreCase ?? true) s = s.toLowerCase();
  return s;
}

function unwrap(s: string, pairs: readonly (readonly [string, string])[]): string {
  for (const [open, close] of pairs) {
    if (s.length >= open.length + close.length && s.startsWith(open) && s.endsWith(close)) {
      return s.slice(open.length, s.length - close.length);
    }
  }
  return s;
}
