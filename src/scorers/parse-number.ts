// Finds numbers in free text the way people and models write them: 1,234.5 · 1.234,5 · 1 234,5 · −3 · 3/4 ·
// 1.5e-3 · 1.5×10⁻³ · 45% · 12km · \frac{3}{4} · Arabic-Indic, Devanagari, Bengali, Telugu and Thai digits. Not read: spelled-out
// numbers, plain spaces as thousands separators (no-break and thin spaces are), dates and version numbers.

export interface ParsedNumber {
  value: number;
  /** Written with a percent sign or word: 45% is value 45, percent true. */
  percent: boolean;
  /** The number as written (after Unicode normalisation). */
  text: string;
}

export interface NumberFormat {
  /**
   * How to read a lone separator followed by exactly three digits ("1,234", "1.234"), the one ambiguous case.
   * false (default): comma groups thousands, point is decimal. true: the other way round, as in Spanish or German.
   * Unambiguous forms (3,14 · 1.234,5 · 1,234.5 · 1.234.567) are read the same either way.
   */
  decimalComma?: boolean;
}

// NFKC turns no-break and thin spaces into plain ones, so those grouping spaces become apostrophes first.
const GROUP_SEPARATORS = ",.'’";
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_/]|\d[.,])([-+]?)` +
    String.raw`(\d{1,3}(?:[${GROUP_SEPARATORS}]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)` +
    // Not part of a version number (1.2.3) or a date (12/05/2024).
    String.raw`(?![.,]?\d)(?!\/\d+\/)` +
    String.raw`(?:\s?\/\s?(\d+)(?![\d/]))?` +
    String.raw`(?:[eE]([-+]?\d+)|\s?[×xX*·]\s?10\^([-+]?\d+))?` +
    String.raw`(\s?%|\s(?:percent|per\s?cent|por\s?ciento|pour\s?cent|prozent|per\s?cento)\b)?`,
  "giu",
);
const SUPERSCRIPTS: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+" };
// Zeros of the digit blocks NFKC leaves alone: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Telugu, Thai.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0c66, 0x0e50];

/** Every number in `text`, left to right. */
export function findNumbers(text: string, format: NumberFormat = {}): ParsedNumber[] {
  const numbers: ParsedNumber[] = [];
  for (const match of prepare(text).matchAll(NUMBER)) {
    const [whole, sign, digits = "", denominator, exponent, power, percent] = match;
    let value = readDigits(digits, format.decimalComma ?? false);
    if (value === undefined) continue;
    if (denominator !== undefined) {
      const divisor = Number(denominator);
      if (divisor === 0) continue;
      value /= divisor;
    }
    const scale = exponent ?? power;
    if (scale !== undefined) value = Number(`${value}e${scale}`);
    if (sign === "-") value = -value;
    numbers.push({ value, percent: percent !== undefined, text: whole.trim() });
  }
  return numbers;
}

/** The single number in a short text such as an expected answer ("42", "3/4", "45 %", "1,5 km"), or undefined. */
export function parseSingleNumber(text: string, format: NumberFormat = {}): ParsedNumber | undefined {
  const numbers = findNumbers(text, format);
  return numbers.length === 1 ? numbers[0] : undefined;
}

/** Unicode forms onto ASCII ones the pattern reads: minus signs, superscript powers, LaTeX fractions, other digits. */
function prepare(text: string): string {
  return text
    .replace(/10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/gu, (_m, power: string) => `10^${[...power].map((c) => SUPERSCRIPTS[c]).join("")}`)
    .replace(/(\d)[\u00a0\u202f\u2009](?=\d{3})/gu, "$1'")
    .normalize("NFKC")
    .replace(/[−‒]/gu, "-")
    .replace(/⁄/gu, "/")
    .replace(/\\[dt]?frac\{\s*(\d+)\s*\}\{\s*(\d+)\s*\}/gu, "$1/$2")
    .replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0c66-\u0c6f\u0e50-\u0e59]/gu, (digit) => {
      const code = digit.codePointAt(0) as number;
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) as number;
      return String(code - zero);
    })
    .replace(/\u066b/gu, ".")
    .replace(/\u066c/gu, ",")
    .replace(/\u066a/gu, "%");
}

/** Digits with separators to a value; undefined when the grouping is inconsistent (a version number, 1.2.3). */
function readDigits(raw: string, decimalComma: boolean): number | undefined {
  const separators = [...raw.matchAll(/\D/gu)].map((m) => ({ char: m[0], at: m.index ?? 0 }));
  const last = separators.at(-1);
  if (!last) return Number(raw);
  const earlier = separators.slice(0, -1);
  let decimalAt: number | undefined;
  if (last.char === "." || last.char === ",") {
    const tailLength = raw.length - last.at - 1;
    const integerPart = raw.slice(0, last.at);
    if (earlier.some((s) => s.char === last.char)) decimalAt = undefined;
    else if (earlier.length > 0 || tailLength !== 3 || integerPart === "0" || integerPart.length > 3) decimalAt = last.at;
    else decimalAt = (last.char === ",") === decimalComma ? last.at : undefined;
  }
  const integer = decimalAt === undefined ? raw : raw.slice(0, decimalAt);
  const fraction = decimalAt === undefined ? "" : raw.slice(decimalAt + 1);
  const groups = integer.split(/\D/u);
  if (groups.length > 1) {
    const used = new Set(integer.replace(/\d/gu, ""));
    const wellFormed = /^\d{1,3}$/u.test(groups[0] as string) && groups.slice(1).every((g) => g.length === 3);
    if (!wellFormed || used.size > 1 || (decimalAt !== undefined && used.has(raw.charAt(decimalAt)))) return undefined;
  }
  return Number(fraction ? `${groups.join("")}.${fraction}` : groups.join(""));
}
