import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { createPreTokenizer, type PreTokenizer, type PreTokenizerScheme } from "./pre-tokenizer.ts";

function pieces(preTokenizer: PreTokenizer, text: string): string[] {
  const result: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = preTokenizer.pieceEnd(text, start);
    result.push(text.slice(start, end));
    start = end;
  }
  return result;
}

// Fragments that exercise every branch of the scanner and of the regex: contractions in any case, digit runs,
// CR/LF and blanks, slashes, control chars, and non-ASCII letters, marks, digits, spaces, punctuation and emoji.
const FRAGMENTS = [
  "a", "b", "Z", "Q", "the", "The", "HTTP", "Server", "x", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f",
  "'", "'s", "'S", "'t", "'re", "'RE", "'ve", "'m", "'ll", "'Ll", "'d", "'x", "'r", "'l", "0", "7", "12", "12345",
  ".", ",", "!", "?", "/", "//", "-", "_", "(", ")", "\"", "#", "*", "<|", "|>", "\u0000", "\u001f", "\u007f",
  "é", "É", "ß", "ı", "ſ", "ǅ", "ʰ", "中", "文", "\u0301", "٣", "Ⅷ", "\u00a0", "\u2028", "\u3000", "\u0085", "\ufeff",
  "—", "’", "“", "😀", "𝐀", "𝟙", "ñ", "Ñandú",
];

function randomText(random: () => number): string {
  const length = Math.floor(random() * 24);
  let text = "";
  for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
  return text;
}

const SCHEMES: PreTokenizerScheme[] = ["o200k", "cl100k", "llama3", "qwen2"];

describe("createPreTokenizer", () => {
  for (const scheme of SCHEMES) {
    it(`${scheme}: the hand scanner cuts exactly where the tokenizer's regex does`, () => {
      const preTokenizer = createPreTokenizer(scheme);
      const random = seededRandom(scheme.length * 1000 + 17);
      for (let n = 0; n < 4000; n++) {
        const text = randomText(random);
        expect(pieces(preTokenizer, text), JSON.stringify(text)).toEqual(text.match(preTokenizer.pattern) ?? []);
      }
    });
  }

  it("splits the way each tokenizer is known to", () => {
    const text = "I'LL pay 12345 for HTTPServer's dog, don't you?\n\n  Yes.\t/path//x  ";
    expect(pieces(createPreTokenizer("llama3"), text)).toEqual([
      "I", "'LL", " pay", " ", "123", "45", " for", " HTTPServer", "'s", " dog", ",", " don", "'t", " you", "?\n\n",
      " ", " Yes", ".", "\t", "/path", "//", "x", "  ",
    ]);
    expect(pieces(createPreTokenizer("qwen2"), "12345")).toEqual(["1", "2", "3", "4", "5"]);
    expect(pieces(createPreTokenizer("o200k"), text)).toEqual([
      "I'LL", " pay", " ", "123", "45", " for", " HTTPServer's", " dog", ",", " don't", " you", "?\n\n",
      " ", " Yes", ".", "\t", "/path", "//", "x", "  ",
    ]);
    expect(pieces(createPreTokenizer("llama3"), "end.\n  ")).toEqual(["end", ".\n", "  "]);
    expect(pieces(createPreTokenizer("cl100k"), "end\n  ")).toEqual(["end", "\n  "]);
  });
});
