import { describe, expect, it } from "vitest";
import { styleDelta } from "./style-delta.ts";
import { styleProfile } from "./style-profile.ts";

const RELEASED = [
  "The bridge failed because its bolts were undersized for the load they carried.",
  "Water reached the reinforcing bars, and the rust split the concrete from inside.",
  "Inspectors found the crack in the weld two years before the collapse.",
  "The load path changed when the bearing seized, so the girder carried more than designed.",
  "Most old bridges are safe; the ones that fail usually had warnings on file.",
  "Fatigue cracks grow slowly, one passing truck at a time.",
];
const ARENA = RELEASED.map((text, i) => `Great question! 🚀 ${text.replace(/\.$/, "!")} ${i % 2 === 0 ? "✨🎉" : "😊"} I hope this helps!`);

describe("styleDelta", () => {
  it("flags the measures where two deployments clearly differ, and only those", () => {
    const rows = styleDelta(
      RELEASED.map((text) => styleProfile(text, { questionLanguage: "en" })),
      ARENA.map((text) => styleProfile(text, { questionLanguage: "en" })),
    );
    const row = (name: string) => rows.find((r) => r.name === name)!;
    expect(rows).toHaveLength(11);
    for (const name of ["style:emoji_per_1k", "style:exclamations_per_1k", "style:slop_per_1k_words"]) {
      expect(row(name).differs, name).toBe(true);
      expect(row(name).difference!, name).toBeGreaterThan(0);
      expect(row(name).interval!.lower, name).toBeGreaterThan(0);
    }
    expect(row("style:emoji_per_1k").meanA).toBe(0);
    expect(row("style:emoji_per_1k")).toMatchObject({ nA: 6, nB: 6 });
    for (const name of ["style:headers_per_1k", "style:periodic_tail_rate", "style:language_mismatch_rate"]) {
      expect(row(name)).toMatchObject({ difference: 0, differs: false });
    }
  });

  it("shows the same measure on both sides without a difference", () => {
    const profiles = RELEASED.map((text) => styleProfile(text));
    for (const row of styleDelta(profiles, profiles)) {
      expect(row.difference, row.name).toBe(row.name === "style:language_mismatch_rate" ? null : 0);
      expect(row.differs, row.name).toBe(false);
    }
  });

  it("leaves the difference empty when one side has no response the measure applies to", () => {
    const rows = styleDelta([], [styleProfile("Hello there!")]);
    const tokens = rows.find((r) => r.name === "style:tokens")!;
    expect(tokens).toMatchObject({ meanA: null, nA: 0, nB: 1, difference: null, differs: false });
    expect(tokens.interval).toBeUndefined();
  });
});
