import { describe, expect, it } from "vitest";
import { featureOfWord } from "./word-features.ts";

describe("featureOfWord", () => {
  it("maps the words a paraphrase swaps to one feature, in English, Spanish and French", () => {
    expect(featureOfWord("significant")).toBe(featureOfWord("important"));
    expect(featureOfWord("Crucial")).toBe(featureOfWord("important"));
    expect(featureOfWord("revela")).toBe(featureOfWord("muestra"));
    expect(featureOfWord("évidente")).toBe(featureOfWord("clair"));
  });

  it("drops a plural s from longer words, and keeps other words apart", () => {
    expect(featureOfWord("trends")).toBe(featureOfWord("trend"));
    expect(featureOfWord("shows")).toBe(featureOfWord("reveal"));
    expect(featureOfWord("apples")).not.toBe(featureOfWord("pears"));
    expect(featureOfWord("this")).not.toBe(featureOfWord("thi"));
  });
});
