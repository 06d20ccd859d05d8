import { describe, expect, it } from "vitest";
import { proseChunk } from "../haystack/procedural-prose.ts";
import { PLAIN_PROSE } from "../loop-guard/legit-repetition-corpus.ts";
import { styleProfile } from "./style-profile.ts";

const ENTHUSIASTIC = [
  "## Great question! 🚀",
  "",
  "**Absolutely!** Let's dive in! ✨ The bridge failed because the bolts were too small! 🎉",
  "",
  "- **First**, the load path changed. 👍",
  "- **Second**, nobody checked the welds!",
  "",
  "I hope this helps! 😊",
].join("\n");

describe("styleProfile", () => {
  it("measures an emoji-heavy, enthusiastic markdown answer", () => {
    const profile = styleProfile(ENTHUSIASTIC, { countTokens: () => 100 });
    expect(profile.approxTokens).toBe(100);
    expect(profile.markdown).toEqual({ headers: 1, boldSpans: 3, listItems: 2, codeBlocks: 0, tables: 0 });
    expect(profile.headersPer1k).toBe(10);
    expect(profile.boldPer1k).toBe(30);
    expect(profile.listItemsPer1k).toBe(20);
    expect(profile.emoji).toBe(5);
    expect(profile.emojiPer1k).toBe(50);
    expect(profile.exclamations).toBe(6);
    expect(profile.sentences).toBe(7);
    expect(profile.exclamationsPerSentence).toBeCloseTo(6 / 7, 12);
    expect(profile.exclamationsPer1k).toBe(60);
    expect(profile.slop.phrases).toEqual({ "great question": 1, absolutely: 1, "let's dive in": 1, "i hope this helps": 1 });
    expect(profile.slopIndex).toBeCloseTo((4 * 1000) / profile.words, 12);
    expect(profile.tailPeriod).toBeUndefined();
    expect(profile.answerLanguage).toBe("en");
  });

  it("finds a plain answer plain", () => {
    const profile = styleProfile(PLAIN_PROSE, { questionLanguage: "en" });
    expect(profile.characters).toBe(PLAIN_PROSE.length);
    expect(profile.approxTokens).toBeGreaterThan(profile.words * 0.9);
    expect(profile.approxTokens).toBeLessThan(profile.words * 1.6);
    expect(profile).toMatchObject({ emoji: 0, exclamations: 0, headersPer1k: 0, boldPer1k: 0, slopIndex: 0, tailPeriod: undefined, languageMatches: true });
    expect(profile.seqRep4).toBeLessThan(0.02);
    expect(Math.abs(profile.compressionExcess)).toBeLessThan(0.1);
  });

  it("flags a looping answer on every repetition measure", () => {
    const profile = styleProfile(`Let me explain. ${"The reason ".repeat(2000)}`);
    expect(profile.seqRep4).toBeGreaterThan(0.99);
    expect(profile.compressionExcess).toBeGreaterThan(0.95);
    expect(profile.tailPeriod).toMatchObject({ chars: 11, words: 2 });
  });

  it("ignores exclamations and emoji inside code, and tells the answer's language apart from the question's", () => {
    const profile = styleProfile("Voici le code :\n```js\nif (!done) alert('🚀!');\n```\nC'est tout.", { questionLanguage: "es" });
    expect(profile.exclamations).toBe(0);
    expect(profile.emoji).toBe(0);
    expect(profile.markdown.codeBlocks).toBe(1);
    expect(profile.answerLanguage).toBe("fr");
    expect(profile.languageMatches).toBe(false);
  });

  it("gives zeros, not NaN, for the empty answer", () => {
    const { compressionRatio, expectedCompressionRatio, ...profile } = styleProfile("");
    expect([compressionRatio, expectedCompressionRatio]).toEqual([1, 1]);
    for (const [key, value] of Object.entries(profile)) if (typeof value === "number") expect(value, key).toBe(0);
    expect(profile.answerLanguage).toBeUndefined();
  });

  it("profiles a 100 KB answer, counting every part's markdown and emoji", () => {
    // How fast this runs is measured in bench/style-profile.ts.
    let text = "";
    for (let i = 0; i < 52; i++) text += `## Part ${i} ✨\n\n${proseChunk(11, i)}\n\n- **Note**: see part ${i + 1}!\n\n`;
    expect(text.length).toBeGreaterThan(100_000);
    const profile = styleProfile(text);
    expect(profile.markdown).toMatchObject({ headers: 52, boldSpans: 52, listItems: 52 });
    expect([profile.emoji, profile.exclamations]).toEqual([52, 52]);
  });

  it("measures pathological lines a loop can write as loops", () => {
    // Each is 100,000 characters: bench/style-profile.ts shows they stay linear.
    expect(styleProfile("!".repeat(100_000) + "a").exclamations).toBe(100_000);
    for (const unit of ["**a ", "__a ", "`` `a "]) {
      expect(styleProfile(unit.repeat(Math.floor(100_000 / unit.length))).tailPeriod, unit).toMatchObject({ unit, onsetChar: 0 });
    }
    for (const line of ["- ".repeat(50_000) + "x", "|-".repeat(50_000) + "x"]) expect(styleProfile(line).compressionExcess, line.slice(0, 4)).toBeGreaterThan(0.9);
  });
});
