import { describe, expect, it } from "vitest";
import { chunkRandom } from "./chunk-random.ts";
import * as names from "./prose-names.ts";
import { proseParagraph } from "./prose-sentences.ts";
import * as templates from "./prose-templates.ts";
import * as verbs from "./prose-verbs.ts";
import * as nouns from "./prose-words.ts";

/** Words that make a sentence read like a needle ("the secret code is ..."): none may come from the generator. */
const NEEDLE_WORDS = /\b(secret|special|magic|codes?|passwords?|passcodes?|passphrases?|keys?|pins?|numbers?|ids?|tokens?)\b/i;

const lists = Object.entries({ ...nouns, ...verbs, ...names }).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe("prose vocabulary", () => {
  it("holds several thousand distinct words with no duplicates within a list", () => {
    let total = 0;
    for (const [name, list] of lists) {
      const heads = list.map((entry) => entry.split("/")[0]?.replace("+", ""));
      expect(heads.filter((word, i) => heads.indexOf(word) !== i), name).toEqual([]);
      total += list.length;
    }
    expect(total).toBeGreaterThan(3000);
  });

  it("has no needle-like word in any list or template", () => {
    for (const [name, list] of lists) expect(list.filter((word) => NEEDLE_WORDS.test(word)), name).toEqual([]);
    for (const [name, list] of Object.entries(templates)) expect(list.filter((t) => NEEDLE_WORDS.test(t)), name).toEqual([]);
  });
});

describe("proseParagraph", () => {
  it("writes 3 to 8 capitalised sentences with balanced quotes", () => {
    for (let i = 0; i < 300; i++) {
      const paragraph = proseParagraph(chunkRandom(3, i));
      const sentences = paragraph.split(/(?<=[.?!]"?) (?=["A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(paragraph).toMatch(/^["A-Z]/);
      expect(paragraph).toMatch(/[.?!]"?$/);
      expect((paragraph.match(/"/g) ?? []).length % 2).toBe(0);
      expect(paragraph).not.toMatch(/\{|\}|undefined|  /);
    }
  });
});
