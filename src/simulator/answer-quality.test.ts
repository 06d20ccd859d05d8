import { describe, expect, it } from "vitest";
import { readAnswer } from "./answer-quality.ts";

const PROSE =
  "The keeper climbed the stairs one last time and watched the beam sweep the water. Below, the village slept under " +
  "a thin rain, and the boats knocked softly against the pier. He wrote the date in the log, then the hour, then " +
  "nothing at all, because there was nothing left to record. At midnight the engineers would switch the light to " +
  "automatic, and the tower would go on turning without him.";

describe("answer quality", () => {
  it("gives a clean answer full marks and no answer none", () => {
    expect(readAnswer(PROSE, "Write a short scene.")).toEqual({ score: 10, faults: [] });
    expect(readAnswer("I don't know.", "Anything?")).toEqual({ score: 0, faults: ["no answer"] });
  });

  it("marks down each fault a careful grader would, more for worse ones", () => {
    const refusal = readAnswer("I'm sorry, but I can't help with that request.", "Write a scene.");
    expect(refusal.faults).toEqual(["refuses"]);
    const loop = readAnswer(`${PROSE} ${"The reason ".repeat(40)}`, "Write a scene.");
    expect(loop.faults).toContain("repeats itself");
    const dressed = readAnswer(`Great question! ${PROSE.replaceAll(".", "! 🚀")}`, "Write a scene.");
    expect(dressed.faults).toEqual(expect.arrayContaining(["enthusiastic filler"]));
    expect(dressed.faults.some((f) => f.endsWith("emoji"))).toBe(true);
    expect(dressed.score).toBeLessThan(8);
    expect(refusal.score).toBeLessThan(dressed.score);
  });

  it("holds the answer's length against the length the question asks for", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
    expect(readAnswer(words(200), "Write about 200 words.").score).toBe(10);
    const short = readAnswer(words(100), "Write about 200 words.");
    expect(short.faults).toEqual(["100 words for 200 asked"]);
    expect(short.score).toBeLessThan(9);
  });
});
