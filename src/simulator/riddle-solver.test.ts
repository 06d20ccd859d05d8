import { describe, expect, it } from "vitest";
import { buildTasks } from "../families/build-tasks.ts";
import { puzzleFor, riddleAnswer } from "./riddle-solver.ts";

describe("riddle solver", () => {
  it("answers on the one line asked for, in its label and language, after a short lead-in", () => {
    const prompt = "Un bate y una pelota cuestan 30 euros en total. El bate cuesta 20 euros más que la pelota. ¿Cuánto cuesta la pelota?" +
      "\n\nRazona brevemente y termina tu respuesta con una última línea exactamente con esta forma:\nRESPUESTA: <tu respuesta>";
    const answer = riddleAnswer(prompt)!;
    expect(answer.split("\n").at(-1)).toBe("RESPUESTA: 5");
    expect(answer).toMatch(/^Leyendo la pregunta/u);
  });

  it("passes when no reader fits, or the prompt asks for no single answer line", () => {
    expect(riddleAnswer("What is the capital of Peru?\n\nEnd with:\nANSWER: <your answer>")).toBeUndefined();
    expect(riddleAnswer("How many months have 28 days?")).toBeUndefined();
    expect(riddleAnswer("How many months have 28 days?\n\nEnd with:\nANSWER: <a number>\nWHY: <one sentence>")).toBeUndefined();
    expect(puzzleFor("How many months have 28 days?")?.name).toBe("months with 28 days");
  });

  it("reads the generated riddles right in every form and language, scored by the family's own scorer", async () => {
    let asked = 0;
    let right = 0;
    for (const seed of [1, 2]) {
      const spec = { seed, targets: [], tasks: [{ family: "riddles", options: { languages: ["en", "es", "fr", "de", "pt"] } }] };
      const [task] = await buildTasks(spec as never, process.cwd());
      for (const item of task!.items) {
        const messages = task!.prompt(item, { trial: 1, target: {} as never });
        const text = riddleAnswer(messages.at(-1)!.content) ?? "";
        const score = await task!.scorers[0]!.score({ item, messages, result: { text } as never, trial: 1 });
        asked++;
        if (score.value === 1) right++;
      }
    }
    expect(asked).toBe(2 * 16 * 4 * 5);
    expect(right / asked).toBeGreaterThanOrEqual(0.95);
  });
});
