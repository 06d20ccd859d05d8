// Finds a needle value in model output however it was written: any case, accents dropped, and any spacing,
// dashes or digit grouping between its letters and digits ("7315-KQ", "7315 kq", "7,315–KQ", "**7315KQ**").

/** Lower case with accents and other marks removed, after Unicode compatibility folding. */
export function matchForm(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFKC").toLowerCase();
}

// Up to three separator characters may sit between two characters of a value: spaces, dashes, grouping marks.
const SEPARATOR = String.raw`[\s\p{Pd}\u2212.,'’_/·:]{0,3}`;

/** True when `value`'s letters and digits appear in `text` in order, as a whole (not inside a longer word or number). */
export function containsValue(text: string, value: string): boolean {
  const characters = [...matchForm(value)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (characters.length === 0) return false;
  const body = characters.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join(SEPARATOR);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, "u").test(matchForm(text));
}
