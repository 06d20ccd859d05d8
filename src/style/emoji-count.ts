// Counts emoji as people see them: a flag, a keycap, a skin-toned hand or a ZWJ family is one emoji, not several
// code points. Follows the sequence grammar of Unicode TS #51 with the Unicode property escapes of JS regexes.

/**
 * One element: a character shown as emoji by default, a text-default pictograph made emoji by U+FE0F, or a modifier
 * base with its skin tone; optionally followed by a tag sequence (subdivision flags such as Scotland's).
 * Text-default symbols without U+FE0F (©, ™, ↔, a bare ❤) render as text, so they do not count.
 */
const ELEMENT =
  "(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}|\\p{Emoji_Presentation}\\uFE0F?|\\p{Extended_Pictographic}\\uFE0F)" +
  "(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?";

/** Components after a ZWJ are often left without their U+FE0F ("👩‍⚕"), so any pictograph may follow one. */
const JOINED = `(?:\\u200D(?:${ELEMENT}|\\p{Extended_Pictographic}))*`;

/** A pair of regional indicators is one flag; a keycap is a digit, # or * with U+20E3; a bare digit is not emoji. */
const EMOJI = new RegExp(`\\p{Regional_Indicator}{2}|[#*0-9]\\uFE0F?\\u20E3|${ELEMENT}${JOINED}`, "uy");

/**
 * Where an emoji could start or continue: any code unit from U+203C up (astral emoji show up as their high
 * surrogate), © and ®. A plain class without the u flag scans several times faster, so prose skips the full pattern.
 */
const CANDIDATE = /[\u00A9\u00AE\u203C-\uFFFF]/g;

const KEYCAP_BASE = /[#*0-9]/;

/** Emoji in `text`, each sequence counted once. */
export function countEmoji(text: string): number {
  let count = 0;
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate !== null; candidate = CANDIDATE.exec(text)) {
    // A keycap starts with its ASCII base, one code unit before the U+FE0F or U+20E3 that the scan finds.
    const char = candidate[0];
    const keycap = (char === "\uFE0F" || char === "\u20E3") && KEYCAP_BASE.test(text.charAt(candidate.index - 1));
    EMOJI.lastIndex = keycap ? candidate.index - 1 : candidate.index;
    if (EMOJI.exec(text) === null) continue;
    count++;
    CANDIDATE.lastIndex = EMOJI.lastIndex;
  }
  return count;
}
