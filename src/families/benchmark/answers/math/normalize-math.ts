// The string normal form of a maths answer: what two writers of the same answer differ in, removed. Spacing and
// LaTeX sizing (\left, \!, \dfrac), dollar signs and display markers, degrees and percent signs, units written
// after a quantity, a leading "x =", thousands commas, and \frac12-style shorthand. Anything that changes the
// value (a sign, a root, a bracket) is kept.

const UNIT_WORDS = [
  "square units", "sq units", "units", "unit", "cm", "centimeters", "meters", "metres", "m", "km", "inches", "inch", "feet", "foot", "ft",
  "miles", "mph", "hours", "hour", "minutes", "minute", "seconds", "second", "days", "day", "degrees", "degree", "dollars", "dollar", "cents", "cent",
  "pounds", "lbs", "kg", "grams", "g", "liters", "ml", "years", "year", "people", "students", "ways",
];
/** A unit written as text after a quantity: 10\text{ inches}, 5\mbox{ cm}^2. */
const TEXT_UNIT = /(?<=[\d}).])\s*\\(?:text|mbox)\{[^{}]*\}(?:\^\{?\d\}?)?$/u;
/** A bare unit word after a number: "10 inches", "3 cm^2". */
const WORD_UNIT = new RegExp(String.raw`(?<=[\d}])\s+(?:${UNIT_WORDS.join("|")})(?:\^\{?\d\}?)?$`, "iu");

export function normalizeMath(answer: string): string {
  let text = answer
    .trim()
    .replace(/^\$+|\$+$/gu, "")
    .replace(/\\\(|\\\)|\\\[|\\\]/gu, "")
    .replace(/\\(?:left|right|bigl|bigr|big|Big|displaystyle)(?![A-Za-z])/gu, "")
    // A negative thin space joins what it sits in ("1,\!000"); the other spacing commands are spaces.
    .replace(/(?<!\\)\\!/gu, "")
    .replace(/(?<!\\)\\[,;: ]|~/gu, " ")
    .replace(/\\[dt]frac/gu, "\\frac")
    // Degrees after a plain number are a unit; elsewhere (\sin 30^\circ) they change the value, so they stay.
    .replace(/^(-?[\d.]+)\s*(?:\^\s*\{?\\circ\}?|°|\\degree)$/u, "$1")
    .replace(/\\?%/gu, "")
    .replace(/\\\$/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
  text = text.replace(TEXT_UNIT, "").replace(WORD_UNIT, "").trim();
  text = text.replace(/\\(?:text|textbf|mathrm|mbox)\{([^{}]*)\}/gu, "$1");
  // "x = 5", "k=3": the value is the answer. Longer left sides ("y = 2x + 3") stay: the whole equation is.
  text = text.replace(/^[A-Za-z]\s*=\s*(?=.)/u, "");
  text = text
    .replace(/(\d),(?=\d{3}(?!\d))/gu, "$1")
    .replace(/\\frac\s*(\d)\s*(\d)/gu, "\\frac{$1}{$2}")
    .replace(/\\frac\s*\{([^{}]+)\}\s*(\d)/gu, "\\frac{$1}{$2}")
    .replace(/\\sqrt\s*(\d)/gu, "\\sqrt{$1}")
    .replace(/(^|[^\d])\.(\d)/gu, "$10.$2")
    .replace(/(\d)\.0+(?!\d)/gu, "$1")
    .replace(/\.$/u, "");
  // Spaces go, except the one that ends a command before a letter ("\pi r", "\cdot x").
  return text.replace(/(\\[A-Za-z]+)\s+(?=[A-Za-z])/gu, "$1\u0000").replace(/\s+/gu, "").replace(/\u0000/gu, " ");
}
