import { describe, expect, it } from "vitest";
import { TRICK_PUZZLES } from "./trick-puzzles.ts";
import type { PuzzleLanguage } from "./puzzle-words.ts";

const read = (name: string, text: string, language: PuzzleLanguage = "en") => {
  const puzzle = TRICK_PUZZLES.find((p) => p.name === name)!;
  expect(puzzle.recognise.every((pattern) => pattern.test(text)), `${name} recognises "${text}"`).toBe(true);
  return puzzle.read(text, language);
};

describe("trick puzzles", () => {
  it("turns on the detail that decides, so a classic and its twin get different answers", () => {
    expect(read("train smoke", "An electric train runs north while the wind blows from east to west. Where does its smoke go?")).toBe("there is no smoke");
    expect(read("train smoke", "A steam train runs north while the wind blows from east to west. Where does its smoke go?")).toBe("west");
    expect(read("three doors", "Behind three doors are a car and two goats. The host, who knows where the car is, opens a goat door. Should you switch?")).toBe("yes");
    expect(read("three doors", "Behind three doors are a car and two goats. The host does not know where the car is and opens a goat door. Should you switch?")).toBe("no");
    expect(read("animals on the ark", "How many animals of each kind did Moses take on the ark?")).toBe("0");
    expect(read("animals on the ark", "How many animals of each kind did Noah take on the ark?")).toBe("2");
    expect(read("the surgeon's son", "The surgeon, who is a man and the boy's parent, says 'I cannot operate on my son'. Who is the surgeon?")).toBe("his father");
    expect(read("the surgeon's son", "The surgeon says 'I cannot operate on this boy, he is my son'. Who is the surgeon?")).toBe("his mother");
  });

  it("reads quantities and positions from the wording", () => {
    expect(read("which is heavier", "Which is heavier, a kilogram of feathers or a kilogram of steel?")).toBe("they weigh the same");
    expect(read("which is heavier", "Which is heavier, two kilograms of feathers or one kilogram of steel?")).toBe("feathers");
    expect(read("overtaking in a race", "In a race you overtake the runner in second place. What place are you in now?")).toBe("2");
    expect(read("overtaking in a race", "In a race you overtake the runner in first place. What place are you in now?")).toBe("1");
    expect(read("overtaking in a race", "In a race you overtake the runner in last place. What place are you in now?")).toBe("impossible");
    expect(read("months with 28 days", "How many months have exactly 28 days in a common year?")).toBe("1");
    expect(read("months with 28 days", "How many months have 28 days?")).toBe("12");
  });

  it("answers in the question's language", () => {
    expect(read("three doors", "Tras tres puertas hay un coche y dos cabras. El presentador no sabe dónde está el coche. ¿Conviene cambiar?", "es")).toBe("no");
    expect(read("marrying a sister", "Un homme peut-il épouser la sœur de sa veuve ?", "fr")).toBe("non");
    expect(read("train smoke", "Ein Elektrozug fährt nach Norden. Wohin zieht der Rauch?", "de")).toBe("kein Rauch");
  });
});
