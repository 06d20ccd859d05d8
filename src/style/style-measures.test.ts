import { describe, expect, it } from "vitest";
import { STYLE_MEASURES } from "./style-measures.ts";
import { styleProfile } from "./style-profile.ts";

const read = (name: string, text: string, questionLanguage?: string) =>
  STYLE_MEASURES.find((m) => m.name === name)?.value(styleProfile(text, { questionLanguage }));

describe("STYLE_MEASURES", () => {
  it("has unique style: names, rates only for the yes/no measures", () => {
    const names = STYLE_MEASURES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^style:[a-z0-9_]+$/);
    expect(STYLE_MEASURES.filter((m) => m.kind === "rate").map((m) => m.name)).toEqual(["style:periodic_tail_rate", "style:language_mismatch_rate"]);
  });

  it("reads each rate as 1 or 0, or undefined where it does not apply", () => {
    expect(read("style:periodic_tail_rate", "The reason ".repeat(50))).toBe(1);
    expect(read("style:periodic_tail_rate", "A fine answer.")).toBe(0);
    expect(read("style:language_mismatch_rate", "The answer is the bridge.", "es")).toBe(1);
    expect(read("style:language_mismatch_rate", "La respuesta es el puente.", "es")).toBe(0);
    expect(read("style:language_mismatch_rate", "The answer is the bridge.")).toBeUndefined();
  });

  it("reads the means from the profile", () => {
    const text = "## Title\n\n- **one** 🚀\n- two!";
    const profile = styleProfile(text);
    expect(read("style:tokens", text)).toBe(profile.approxTokens);
    expect(read("style:lists_per_1k", text)).toBe(profile.listItemsPer1k);
    expect(read("style:seq_rep_4", text)).toBe(profile.seqRep4);
  });
});
