import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { chunkRandom } from "./chunk-random.ts";
import { distractorProse, distractorSentence } from "./distractor-prose.ts";
import { proseChunk } from "./procedural-prose.ts";
import { FIRST_NAMES, TOWN_ENDS, TOWN_STARTS } from "./prose-names.ts";

const DISTRACTOR =
  /(?:(?:The archive code|The special magic number|Remember that the access code|The secret word) for (.+?) is|For ([^,.]+), the registry number is) ([\w-]+)\./g;

function distractorsIn(text: string): { sentence: string; key: string; value: string }[] {
  return [...text.matchAll(DISTRACTOR)].map((found) => ({ sentence: found[0], key: found[1] ?? found[2] ?? "", value: found[3] ?? "" }));
}

describe("distractorProse", () => {
  it("adds one needle-like sentence about another key to each chunk of the same prose", () => {
    const source = distractorProse(7);
    for (let i = 0; i < 50; i++) {
      const chunk = source.chunk(i) ?? "";
      const found = distractorsIn(chunk);
      expect(found).toHaveLength(1);
      const { sentence, value } = found[0] ?? { sentence: "", value: "" };
      expect(value).toMatch(/^(\d{7}|[A-Z]{4}-\d{3}|[a-z]+-[a-z]+)$/);
      const without = chunk.includes(` ${sentence}`) ? chunk.replace(` ${sentence}`, "") : chunk.replace(`${sentence} `, "");
      expect(without).toBe(proseChunk(7, i));
    }
    expect(source.chunk(3)).toBe(distractorProse(7).chunk(3));
    expect(source.description).toBe("generated prose with distractors (seed 7)");
  });

  it("never uses a key that equals or contains one of the needles' keys", () => {
    const keys = Array.from({ length: 300 }, (_, i) => distractorsIn(distractorProse(11).chunk(i) ?? "")[0]?.key ?? "");
    const towns = keys.filter((key) => /^[A-Z][a-z]+$/.test(key)).slice(0, 40);
    expect(towns).toHaveLength(40);
    // Needle keys are compared as lower-case words, whatever their case and punctuation.
    const avoiding = distractorProse(11, { avoidKeys: towns.map((town) => ` ${town.toUpperCase()}!`) });
    expect(avoiding.id).not.toBe(distractorProse(11).id);
    const avoided = new Set(towns);
    const newKeys = Array.from({ length: 300 }, (_, i) => distractorsIn(avoiding.chunk(i) ?? "")[0]?.key ?? "");
    expect(newKeys.filter((key) => key.split(" ").some((word) => avoided.has(word)))).toEqual([]);
    expect(newKeys.filter((key, i) => key !== keys[i]).length).toBeGreaterThanOrEqual(40);
  });

  it("fails with a ConfigError when the needles' keys leave no key to use", () => {
    const towns = TOWN_STARTS.flatMap((start) => TOWN_ENDS.map((end) => (start + end).toLowerCase()));
    const everything = ["the", ...FIRST_NAMES.map((name) => name.toLowerCase()), ...towns];
    expect(() => distractorSentence(chunkRandom(1, 1), everything)).toThrow(ConfigError);
    expect(distractorSentence(chunkRandom(1, 1), ["the"])).toMatch(/ is [\w-]+\.$/);
  });
});
