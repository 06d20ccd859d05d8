import { describe, expect, it } from "vitest";
import { buildTasks } from "../families/build-tasks.ts";
import { SMALL_MYSTERY } from "../test-support/small-mystery.ts";
import { mysteryAnswer } from "./mystery-solver.ts";

describe("mystery solver", () => {
  it("names the one suspect no fact clears, and the fact that alone clears the last other one", () => {
    const lines = mysteryAnswer(SMALL_MYSTERY)!.split("\n");
    expect(lines.at(-2)).toBe("CULPRIT: D");
    expect(lines.at(-1)).toBe("CLUE: At 20:30, Dora Vale handed her key to the clock case to the butler, Ivo Marsh, who kept it on him until 22:10 and lent it to no one.");
    expect(lines[0]).toContain("Egon Moss");
  });

  it("adds up sightings that follow on, and names the culprit when no options are listed", () => {
    // Without the cook's second sighting, Carl Frost is seen elsewhere only until 21:30: he keeps only "no key".
    const gap = SMALL_MYSTERY.replace(/The cook, Tom Reed, saw Carl Frost[^\n]*\n/u, "");
    expect(mysteryAnswer(gap)!.split("\n").at(-1)).toBe("CLUE: Carl Frost never had a key to the clock case.");
    const free = SMALL_MYSTERY.replace(/Suspects:\n(?:[A-D]\) .*\n)+/u, "").replace("<the letter of the culprit>", "<the full name of the culprit>");
    expect(mysteryAnswer(free)!.split("\n").at(-2)).toBe("CULPRIT: Egon Moss");
  });

  it("passes on a prompt that is not a case or asks for other lines", () => {
    expect(mysteryAnswer("Who did it?\n\nCULPRIT: <the letter of the culprit>\nCLUE: <the clue>")).toBeUndefined();
    expect(mysteryAnswer(SMALL_MYSTERY.replace(/CLUE: <[^>]*>/u, ""))).toBeUndefined();
  });

  it("solves the generated cases in English and Spanish, by letter and by name, as the family scores them", async () => {
    const spec = { seed: 3, targets: [], tasks: [{ family: "mysteries", options: { cases: 4, lengths: "1k,4k", languages: ["en", "es"], mode: "both" } }] };
    const [task] = await buildTasks(spec as never, process.cwd());
    expect(task!.items).toHaveLength(4 * 2 * 2 * 2);
    for (const item of task!.items) {
      const messages = task!.prompt(item, { trial: 1, target: {} as never });
      const text = mysteryAnswer(messages.at(-1)!.content) ?? "";
      for (const scorer of task!.scorers) {
        const score = await scorer.score({ item, messages, result: { text } as never, trial: 1 });
        expect(score.value, `${item.id} ${scorer.name}: ${score.explanation}`).toBe(1);
      }
    }
  });
});
