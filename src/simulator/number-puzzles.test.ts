import { describe, expect, it } from "vitest";
import { NUMBER_PUZZLES } from "./number-puzzles.ts";

const read = (name: string, text: string) => {
  const puzzle = NUMBER_PUZZLES.find((p) => p.name === name)!;
  expect(puzzle.recognise.every((pattern) => pattern.test(text)), `${name} recognises "${text}"`).toBe(true);
  return puzzle.read(text, "en");
};

describe("number puzzles", () => {
  it("works the arithmetic out from the numbers the question gives", () => {
    expect(read("bat and ball", "A bat and a ball cost 30 dollars in total. The bat costs 20 dollars more than the ball. What does the ball cost?")).toBe("5");
    expect(read("bat and ball", "A bat and a ball cost 30 dollars in total. The bat costs 20 dollars. What does the ball cost?")).toBe("10");
    expect(read("lily pads", "A patch of lilies doubles in size every day and covers the lake in 40 days. When did it cover half?")).toBe("39");
    expect(read("lily pads", "A patch of lilies grows by the same area every day and covers the lake in 40 days. When did it cover half?")).toBe("20");
    expect(read("pills every half hour", "You have 5 pills and take one every half hour. How many minutes until the last?")).toBe("120");
    expect(read("sister's age", "When I was 10, my sister was half my age. Now I am 40. How old is she?")).toBe("35");
    expect(read("all but some die", "A farmer has 17 sheep and all but 9 die. How many are left?")).toBe("9");
    expect(read("all but some die", "A farmer has 17 sheep. 9 of them die. How many are left?")).toBe("8");
  });

  it("tells a ladder fixed to a pier from one on a floating ship", () => {
    const ship = "A ladder with 10 rungs, 30 cm apart, hangs from a ship. The tide rises 15 cm an hour. After 4 hours, how many rungs are under water?";
    expect(read("rope ladder and tide", ship)).toBe("10");
    expect(read("rope ladder and tide", ship.replace("hangs from a ship", "is fixed to a pier"))).toBe("8");
  });

  it("has no answer when the numbers it needs are missing", () => {
    expect(read("bat and ball", "A bat and a ball cost a lot in total. The bat costs more than the ball.")).toBeUndefined();
  });
});
