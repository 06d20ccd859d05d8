import { describe, expect, it } from "vitest";
import { chosenLetter } from "./choice-answer.ts";

const letter = (text: string, options = 10) => chosenLetter(text, options)?.letter;

describe("chosenLetter", () => {
  it("reads the reference's forms: (C), C., C, and bold or coloned variants", () => {
    expect(letter("Photosynthesis happens in chloroplasts. The answer is (C).")).toBe("C");
    expect(letter("So the answer is C.")).toBe("C");
    expect(letter("the answer is C")).toBe("C");
    expect(letter("Therefore, the answer is: **(H)**")).toBe("H");
    expect(chosenLetter("Answer: J", 10)).toEqual({ letter: "J", rule: "answer line" });
    expect(chosenLetter("The answer is option A, since B, C and D all assume a closed system.", 4)).toEqual({ letter: "A", rule: "answer statement" });
    expect(letter("the answer is choice (G)")).toBe("G");
  });

  it("takes the last of several candidate letters a chain of thought weighs", () => {
    const cot = "Option (A) looks right at first, and one could say the answer is (A). But (B) ignores friction and (D) double counts. Checking units again, the answer is (C).";
    expect(chosenLetter(cot, 10)).toEqual({ letter: "C", rule: "answer statement" });
    expect(letter("A. is tempting; B. is wrong.\nAnswer: B\nOn reflection... Answer: D")).toBe("D");
  });

  it("falls back to the last lone letter, skipping the pronoun I and the article A", () => {
    expect(chosenLetter("Between B and E, I think E is best. I am fairly sure.", 10)).toEqual({ letter: "E", rule: "last lone letter" });
    expect(letter("A good option would be F")).toBe("F");
    expect(letter("I believe it is so.")).toBeUndefined();
  });

  it("ignores letters the question has no option for, words that start with a letter, and answers with none", () => {
    expect(letter("The answer is (E).", 4)).toBeUndefined();
    expect(letter("The answer is Definitely B", 4)).toBe("B");
    expect(letter("the answer is a matter of taste")).toBeUndefined();
    expect(letter("I cannot determine this without more information.")).toBeUndefined();
    expect(letter("")).toBeUndefined();
  });
});
