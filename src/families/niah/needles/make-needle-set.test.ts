import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../core/errors.ts";
import { seededRandom } from "../../../core/random.ts";
import { NEEDLE_KINDS, NEEDLE_LANGUAGES } from "../niah-options.ts";
import { languagePack } from "./language-pack.ts";
import { makeNeedleSet } from "./make-needle-set.ts";
import type { NeedleKind, NeedleLanguage } from "./needle-set.ts";

const make = (kind: NeedleKind, seed: number, language: NeedleLanguage = "en", count?: number) =>
  makeNeedleSet(kind, { random: seededRandom(seed), language, count });

describe("makeNeedleSet", () => {
  for (const kind of NEEDLE_KINDS) {
    for (const language of NEEDLE_LANGUAGES) {
      it(`${kind}/${language}: same seed, same set; other seeds, fresh values`, () => {
        expect(make(kind, 7, language)).toEqual(make(kind, 7, language));
        const sets = Array.from({ length: 20 }, (_, seed) => make(kind, seed, language));
        const questions = new Set(sets.map((s) => s.question));
        expect(questions.size).toBeGreaterThan(kind === "nonliteral" || kind === "counterfactual" ? 4 : 18);
        const values = new Set(sets.flatMap((s) => s.expected));
        if (kind !== "absent") expect(values.size).toBeGreaterThan(15);
        for (const set of sets) {
          expect(set.kind).toBe(kind);
          expect(set.language).toBe(language);
          expect(set.question).toMatch(/\?$/u);
          for (const value of set.expected) expect(set.question).not.toContain(value);
          for (const needle of set.needles) expect(needle.text).toMatch(/^\p{Lu}.*\.$/u);
        }
      });
    }
  }

  it("single: one needle holding a code no prose would write", () => {
    const set = make("single", 1);
    expect(set.needles).toHaveLength(1);
    expect(set.expected[0]).toMatch(/^\d{4}-[A-HJ-NP-Z]{2}$/u);
    expect(set.needles[0]).toMatchObject({ role: "answer", value: set.expected[0] });
    expect(set.needles[0]?.text).toContain(set.expected[0]);
  });

  it("multi: three distinct values by default, or as many as asked, all answers of one question", () => {
    expect(make("multi", 2).expected).toHaveLength(3);
    const set = make("multi", 2, "es", 5);
    expect(new Set(set.expected).size).toBe(5);
    expect(set.needles.map((n) => n.value)).toEqual(set.expected);
    expect(set.question).toMatch(/^¿Cuáles son todos los códigos/u);
    expect(() => make("multi", 2, "en", 1)).toThrow(ConfigError);
  });

  it("distractor: the question pins exactly the qualifier of the true needle", () => {
    for (const language of NEEDLE_LANGUAGES) {
      const qualifiers = languagePack(language).qualifiers;
      for (let seed = 0; seed < 30; seed++) {
        const set = make("distractor", seed, language);
        const qualifierOf = (text: string) => qualifiers.filter((q) => text.includes(q));
        const [answer, ...distractors] = set.needles;
        expect(answer?.role).toBe("answer");
        expect(distractors.length).toBeGreaterThanOrEqual(2);
        expect(distractors.length).toBeLessThanOrEqual(4);
        expect(distractors.every((n) => n.role === "distractor")).toBe(true);
        expect(qualifierOf(set.question)).toEqual(qualifierOf(answer?.text ?? ""));
        expect(qualifierOf(set.question)).toHaveLength(1);
        for (const d of distractors) expect(qualifierOf(d.text)).not.toEqual(qualifierOf(set.question));
        expect(new Set(set.needles.map((n) => n.value)).size).toBe(set.needles.length);
        expect(set.expected).toEqual([answer?.value]);
      }
    }
    expect(make("distractor", 3, "en", 4).needles).toHaveLength(5);
  });

  it("nonliteral: the answer is the name in the needle, with the linking knowledge", () => {
    const set = make("nonliteral", 4, "de");
    expect(set.needles[0]?.text).toContain(set.expected[0]);
    expect(set.question).toMatch(/^Welche Figur/u);
    expect(set.link).toBeTruthy();
  });

  it("absent: no needle, nothing expected, and still a question about a key", () => {
    const set = make("absent", 5, "fr");
    expect(set.needles).toEqual([]);
    expect(set.expected).toEqual([]);
    expect(set.question).toMatch(/^Quel est le code/u);
  });

  it("two-hop: the first needle names the holder, the second where the holder works", () => {
    const set = make("two-hop", 6);
    const [hop, answer] = set.needles;
    expect(hop).toMatchObject({ role: "hop" });
    expect(answer).toMatchObject({ role: "answer", value: set.expected[0] });
    expect(hop?.text).toContain(hop?.value);
    expect(answer?.text).toContain(hop?.value);
    expect(set.question).not.toContain(hop?.value);
    expect(set.question).toMatch(/^In which building does the person who keeps the key to \w+ \d+ work\?$/u);
  });

  it("counterfactual: overrides a real fact and records the real-world answer", () => {
    const set = make("counterfactual", 8, "pt");
    expect(set.needles[0]?.text).toMatch(/^No mundo deste documento, /u);
    expect(set.generalKnowledge?.length).toBeGreaterThan(0);
    expect(set.needles[0]?.text).toContain(set.expected[0]);
  });
});
