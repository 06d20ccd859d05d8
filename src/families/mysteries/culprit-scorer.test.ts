import { describe, expect, it } from "vitest";
import type { Item } from "../../core/item.ts";
import { culpritScorer, readCulprit } from "./culprit-scorer.ts";
import type { Suspect } from "./mystery-case.ts";
import { mysteryItems } from "./mystery-items.ts";
import { mysteryVariant } from "./mystery-variant.ts";
import { optionLetter } from "./option-order.ts";

const suspect = (id: string, first: string, last: string): Suspect => ({ id, first, last, female: true, occupation: "doctor", relation: "cousin" });
const nora = suspect("s1", "Nora", "Navarro");
const vera = suspect("s2", "Vera", "Ortega");
const ada = suspect("s3", "Ada", "Keller");
const ivan = suspect("s4", "Ivan", "Brandt");
const suspects = [nora, vera, ada, ivan];
/** A) Vera  B) Nora  C) Ivan  D) Ada */
const options = [vera, nora, ivan, ada];

const read = (value: string, mode: "options" | "free") => {
  const reading = readCulprit(value, suspects, mode === "options" ? options : undefined);
  return reading.kind === "named" ? reading.suspect.first : null;
};

describe("readCulprit", () => {
  it.each([
    ["B", "Nora"],
    ["b", "Nora"],
    ["(B)", "Nora"],
    ["B)", "Nora"],
    ["B) Nora Navarro", "Nora"],
    ["Option B", "Nora"],
    ["B - Nora", "Nora"],
    ["B is the culprit", "Nora"],
    ["It was B.", "Nora"],
    ["Nora Navarro", "Nora"],
    ["Navarro", "Nora"],
    ["NAVARRO", "Nora"],
    ["Ada", "Ada"],
    ["I think it is Ada", "Ada"],
    ["a banker, Vera Ortega", "Vera"],
    ["D (Ada Keller)", "Ada"],
  ])("options mode reads %j as %s", (value, expected) => {
    expect(read(value, "options")).toBe(expected);
  });

  it.each([
    ["B or C", /several letters/],
    ["B, C", /several letters/],
    ["B (Vera Ortega)", /disagree|but the line names/],
    ["Z", /not one of the options/],
    ["Nora or Vera", /several suspects/],
    ["nobody", /no suspect/],
  ])("options mode leaves %j unscored", (value, reason) => {
    const reading = readCulprit(value, suspects, options);
    expect(reading.kind).toBe("unreadable");
    expect(reading.kind === "unreadable" && reading.reason).toMatch(reason);
  });

  it.each([
    ["Nora Navarro", "Nora"],
    ["Ortega", "Vera"],
    ["Ivan Brandt, clearly", "Ivan"],
    ["B", null],
    ["Nora and Vera", null],
  ])("free mode reads %j as %s", (value, expected) => {
    expect(read(value, "free")).toBe(expected);
  });
});

describe("culpritScorer", () => {
  const items = mysteryItems({ seed: 3, cases: 1, lengths: [1000], modes: ["options", "free"], languages: ["en"] });
  const [optionsItem, freeItem] = items as [Item, Item];
  const score = (item: Item, text: string, trial: number) =>
    culpritScorer().score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 }, trial });

  it("scores the trial's letter: right in its own trial, wrong in another with a different order", async () => {
    const culpritLetter = (trial: number) => {
      const { mystery, options: order } = mysteryVariant(optionsItem, trial);
      return optionLetter(order.findIndex((s) => s.id === mystery.culprit));
    };
    expect(culpritLetter(1)).not.toBe(culpritLetter(2));
    expect(await score(optionsItem, `Let me think.\n\n**CULPRIT:** ${culpritLetter(1)}\nCLUE: x`, 1)).toMatchObject({ value: 1, label: "correct" });
    expect(await score(optionsItem, `CULPRIT: ${culpritLetter(1)}\nCLUE: x`, 2)).toMatchObject({ value: 0, label: "incorrect" });
    expect(await score(optionsItem, `CULPRIT: ${culpritLetter(2)}\nCLUE: x`, 2)).toMatchObject({ value: 1 });
  });

  it("scores names in free mode and leaves missing or ambiguous answers unscored", async () => {
    const culprit = freeItem.expected as string;
    const [first] = culprit.split(" ");
    expect(await score(freeItem, `CULPRIT: ${first}`, 1)).toMatchObject({ value: 1, answer: culprit });
    const other = mysteryVariant(freeItem, 1).mystery.suspects.find((s) => `${s.first} ${s.last}` !== culprit);
    expect(await score(freeItem, `CULPRIT: ${other?.last}`, 1)).toMatchObject({ value: 0, explanation: `expected ${culprit}` });
    expect(await score(freeItem, `CULPRIT: ${first} or ${other?.first}`, 1)).toMatchObject({ value: null, label: "unscored" });
    expect(await score(freeItem, `I believe it was ${first}.`, 1)).toMatchObject({ value: null, explanation: "no CULPRIT line" });
  });
});
