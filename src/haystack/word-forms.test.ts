import { describe, expect, it } from "vitest";
import { plural, verbForms, withArticle } from "./word-forms.ts";

describe("plural", () => {
  it("follows the spelling rules and the listed exceptions", () => {
    expect(["lantern", "torch", "box", "brush", "compass", "diary", "tray", "ferryman", "knife", "sheep", "potato", "piano"].map(plural)).toEqual([
      "lanterns", "torches", "boxes", "brushes", "compasses", "diaries", "trays", "ferrymen", "knives", "sheep", "potatoes", "pianos",
    ]);
  });
});

describe("verbForms", () => {
  it("derives regular forms", () => {
    expect(verbForms("carry")).toEqual({ base: "carry", past: "carried", participle: "carried", ing: "carrying", third: "carries" });
    expect(verbForms("bake")).toMatchObject({ past: "baked", ing: "baking", third: "bakes" });
    expect(verbForms("tie")).toMatchObject({ past: "tied", ing: "tying" });
    expect(verbForms("wash")).toMatchObject({ third: "washes" });
    expect(verbForms("dye")).toMatchObject({ ing: "dyeing" });
  });

  it("doubles a final consonant when marked and takes irregular pasts as given", () => {
    expect(verbForms("stop+")).toEqual({ base: "stop", past: "stopped", participle: "stopped", ing: "stopping", third: "stops" });
    expect(verbForms("take/took/taken")).toEqual({ base: "take", past: "took", participle: "taken", ing: "taking", third: "takes" });
    expect(verbForms("buy/bought")).toMatchObject({ past: "bought", participle: "bought" });
    expect(verbForms("run/ran/run+")).toMatchObject({ past: "ran", participle: "run", ing: "running" });
  });
});

describe("withArticle", () => {
  it("chooses by sound", () => {
    expect(["apple", "lantern", "hour", "university", "honest man", "oak"].map(withArticle)).toEqual([
      "an apple", "a lantern", "an hour", "a university", "an honest man", "an oak",
    ]);
  });
});
