import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../core/random.ts";
import { proseChunk } from "../../../haystack/procedural-prose.ts";
import { FIRST_NAMES, SURNAMES, TOWN_ENDS, TOWN_STARTS } from "../../../haystack/prose-names.ts";
import { NEEDLE_FIRST_NAMES, NEEDLE_SURNAMES } from "./needle-names.ts";
import { accessCode, inventedName } from "./needle-values.ts";

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const prose = Array.from({ length: 150 }, (_, i) => proseChunk(11, i)).join("\n\n");
const proseWords = lower(prose.match(/\p{L}+/gu) ?? []);
const proseNames = lower([...FIRST_NAMES, ...SURNAMES, ...TOWN_STARTS.flatMap((s) => TOWN_ENDS.map((e) => s + e))]);

describe("needle name pools", () => {
  it("are large, without repeats, and share no name with the prose haystack", () => {
    for (const pool of [NEEDLE_FIRST_NAMES, NEEDLE_SURNAMES]) {
      expect(pool.length).toBeGreaterThanOrEqual(90);
      expect(lower(pool).size).toBe(pool.length);
      expect(pool.filter((name) => proseNames.has(name.toLowerCase()) || proseWords.has(name.toLowerCase()))).toEqual([]);
    }
  });

  it("invent names that are varied and never prose words or prose towns", () => {
    const random = seededRandom(3);
    const names = Array.from({ length: 3000 }, () => inventedName(random));
    expect(new Set(names).size).toBeGreaterThan(2000);
    expect(names.filter((name) => proseNames.has(name.toLowerCase()) || proseWords.has(name.toLowerCase()))).toEqual([]);
  });

  it("make codes in a shape generated prose never writes", () => {
    const random = seededRandom(4);
    const codes = Array.from({ length: 1000 }, () => accessCode(random));
    expect(new Set(codes).size).toBeGreaterThan(990);
    expect(prose).not.toMatch(/\d{4}-\p{L}{2}/u);
  });
});
