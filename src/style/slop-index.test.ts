import { describe, expect, it } from "vitest";
import { countSlop } from "./slop-index.ts";
import { SLOP_PHRASES_EN, SLOP_PHRASES_ES } from "./slop-list.ts";
import { wordTokens } from "./word-tokens.ts";

const slopIn = (text: string) => countSlop(wordTokens(text));

describe("slop list", () => {
  it("holds our own English list of about 150+ entries and a shorter Spanish one, without duplicates", () => {
    expect(SLOP_PHRASES_EN.length).toBeGreaterThanOrEqual(150);
    expect(SLOP_PHRASES_ES.length).toBeGreaterThanOrEqual(40);
    expect(SLOP_PHRASES_ES.length).toBeLessThan(SLOP_PHRASES_EN.length);
    const all = [...SLOP_PHRASES_EN, ...SLOP_PHRASES_ES];
    expect(new Set(all).size).toBe(all.length);
    for (const entry of all) expect(wordTokens(entry).length, entry).toBeGreaterThan(0);
  });
});

describe("countSlop", () => {
  it("matches case-insensitively on whole words only", () => {
    expect(slopIn("Let us DELVE. Delving deeper, she delved.").total).toBe(3);
    expect(slopIn("The delver of delvetown and tapestrying").total).toBe(0);
    expect(slopIn("A Tapestry, a tapestry; TAPESTRY!").phrases).toEqual({ tapestry: 3 });
  });

  it("matches multi-word phrases across line breaks, punctuation and typographic apostrophes", () => {
    const result = slopIn("In today’s fast-paced\nworld, it is important to note that I hope this helps.");
    expect(result.phrases).toEqual({ "in today's fast-paced world": 1, "it is important to note": 1, "i hope this helps": 1 });
    expect(result.total).toBe(3);
  });

  it("counts the longest phrase at a position once, not its shorter entries too", () => {
    expect(slopIn("We delve into it and delve.").phrases).toEqual({ "delve into": 1, delve: 1 });
    expect(slopIn("It stands as a testament to courage.").phrases).toEqual({ "stands as a testament": 1 });
    expect(slopIn("a testament to courage").phrases).toEqual({ "testament to": 1 });
  });

  it("counts Spanish phrases", () => {
    const result = slopIn("¡Excelente pregunta! Cabe destacar que, en resumen, es fundamental. Espero que esto te ayude.");
    expect(result.phrases).toEqual({ "excelente pregunta": 1, "cabe destacar": 1, "en resumen": 1, "es fundamental": 1, "espero que esto te ayude": 1 });
  });

  it("finds nothing in plain prose", () => {
    expect(slopIn("The bolt was specified for one load and ended up carrying another.").total).toBe(0);
    expect(slopIn("").total).toBe(0);
  });
});
