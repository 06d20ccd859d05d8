// Shared text for tokenizer tests and the tokenizer bench: a varied multilingual sample, and English prose of any size.

import { seededRandom } from "../core/random.ts";

/**
 * Every kind of text a haystack or a prompt may hold: English and Spanish prose, shouted contractions, numbers, dates
 * and money, runs of punctuation, CR/LF and tabs, indented code, URLs, emoji with modifiers and joiners, CJK, Cyrillic,
 * Arabic, Devanagari, decomposed accents (NFC matters to Qwen), non-breaking and ideographic spaces, and the strings
 * of special tokens.
 */
export const MULTILINGUAL_SAMPLE = [
  "The lighthouse keeper counted 1,284 ships in 1987; by 2023 the number had fallen to 312 — a 75.7% drop.",
  "\"I'LL be back by nine,\" she said. \"Don't wait up, and DON'T touch the radio!\" He'd heard that before...",
  "El capitán guardó la brújula en el cajón. ¿Quién la encontró después? ¡Nadie lo sabe! Año 1492, mañana, pingüino.",
  "Cafe\u0301 con leche y crème brûlée: the accents here are decomposed, e\u0301 and e\u0300, not precomposed.",
  "Prices: $1,299.99, €45, ¥7000, 3.14159, 2025-04-05T17:30:00Z, +34 612 345 678, 0x1F, 1e-9, 100000000000.",
  "Line one\r\nLine two\n\n\nLine five\tafter a tab\n    indented four\n\t\tindented two tabs   \n",
  "function countPieces(text: string): number {\n  let total = 0; // sum of pieces\n" +
    "  for (const piece of text.split(/\\s+/)) {\n    total += piece.length > 3 ? 2 : 1;\n  }\n  return total;\n}\n",
  "See https://example.org/path/to/page?query=a%20b&x=1#frag or mail ana.garcia@example.com, C:\\Users\\ana\\notes.txt.",
  "Emoji: 😀 👍🏽 👨‍👩‍👧 🇪🇸 ❤️ ✨🚀 and a long run of marks!!!!!!??? ....... ------ ****** ///",
  "日本語の文章も少し入れておきます。東京は晴れ、気温は二十度でした。中文也是：我们明天见。한국어 문장도 있습니다.",
  "Русский текст: Ключ лежит под камнем у старого дуба. Ελληνικά: Καλημέρα κόσμε. עברית: שלום עולם.",
  "العربية: المفتاح تحت الحجر قرب الشجرة القديمة. हिन्दी: चाबी पुराने पेड़ के पास पत्थर के नीचे है।",
  "Spaces:\u00a0non-breaking\u3000ideographic\u2003em, zero\u200bwidth; curly ‘quotes’ and “double quotes”.",
  "Special strings: <|endoftext|> <|eot_id|> <|begin_of_text|> <think>reasoning</think> <|im_start|>user",
  "supercalifragilisticexpialidocious antidisestablishmentarianism HTTPServerError camelCaseIdentifier snake_case_name",
  "O'Brien's dog's bone; they're we've I'm you'll she'd 'tis rock'n'roll L'ESPRIT D'ÉQUIPE.   ",
].join("\n\n");

const WORDS = (
  "the of and to in a is that it was for on are as with his they at be this from I have or by one had not but what " +
  "all were when we there can an your which their said if do will each about how up out them then she many some so " +
  "these would other into has more her two like him see time could no make than first been its who now people my " +
  "made over did down only way find use may water long little very after words called just where most know get " +
  "through back much before go good new write our used me man too any day same right look think also around another " +
  "came come work three word must because does part even place well such here take why things help put years " +
  "different away again off went old number great tell men say small every found still between name should home " +
  "big give air line set own under read last never us left end along while might next sound below saw something " +
  "thought both few those always looked show large often together asked house don't world going want school important " +
  "until form food keep children feet land side without boy once animals life enough took sometimes four head above " +
  "kind began almost live page got earth need far hand high year mother light parts country father let night " +
  "following picture being study second eyes soon times story boys since white days ever paper hard near sentence " +
  "better best across during today others however sure means knew it's try told young miles sun ways thing whole " +
  "hear example heard several change answer room sea against top turned learn point city play toward five using " +
  "himself usually lighthouse harbour keeper storm lantern captain voyage compass anchor whispered remembered"
).split(" ");
const SYLLABLES = "an bel cor dra el fin gar hal is jor ka lin mor nes or per quin ros sa tor ul ven wyn".split(" ");

/** Deterministic English-like prose of at least `length` chars: sentences, dialogue, names, numbers, paragraphs. */
export function englishProse(length: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => {
    const raw = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
    return raw[0]!.toUpperCase() + raw.slice(1);
  };
  const word = () => {
    const roll = random();
    if (roll < 0.04) return name();
    if (roll < 0.06) return String(Math.floor(random() * (random() < 0.5 ? 100 : 100_000)));
    return pick(WORDS);
  };
  const sentence = () => {
    const words = Array.from({ length: 5 + Math.floor(random() * 16) }, word);
    for (let i = 2; i < words.length - 1; i += 4 + Math.floor(random() * 6)) words[i] += random() < 0.8 ? "," : ";";
    const text = words.join(" ");
    const body = text[0]!.toUpperCase() + text.slice(1) + pick([".", ".", ".", "?", "!"]);
    return random() < 0.1 ? `"${body}" said ${name()}.` : random() < 0.03 ? `${body} — ${name()} wasn’t sure.` : body;
  };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 5) }, sentence).join(" ");
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}
