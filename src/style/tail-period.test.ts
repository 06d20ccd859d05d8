import { describe, expect, it } from "vitest";
import { LEGIT_REPETITION_CORPUS, PLAIN_PROSE } from "../loop-guard/legit-repetition-corpus.ts";
import { PATHOLOGICAL_LOOP_CORPUS } from "../loop-guard/pathological-loop-corpus.ts";
import { TAIL_WINDOW_CHARS, tailPeriod } from "./tail-period.ts";

const lines = (...rows: string[]) => rows.join("\n");
const REFRAIN = "The river keeps its own slow time.";

describe("tailPeriod", () => {
  it("finds 11 characters and 2 words in 'The reason ' repeated", () => {
    const period = tailPeriod("The reason ".repeat(500));
    expect(period).toMatchObject({ chars: 11, words: 2, repeats: 500, onsetChar: 0, unit: "The reason " });
    expect(tailPeriod("The reason ".repeat(500).trimEnd())).toMatchObject({ chars: 11, words: 2 });
    expect(tailPeriod(`${"The reason ".repeat(500)}\n`)).toMatchObject({ chars: 11, words: 2 });
    expect(tailPeriod("I'm sorry. ".repeat(20))).toMatchObject({ chars: 11, words: 2 });
  });

  it("follows the run past the window to where the loop began", () => {
    const text = `${PLAIN_PROSE}\n\n${"The reason ".repeat(1000)}`;
    const period = tailPeriod(text);
    expect(text.length).toBeGreaterThan(5 * TAIL_WINDOW_CHARS);
    expect(period?.chars).toBe(11);
    expect(period?.repeats).toBe(1000);
    expect(period?.onsetChar).toBe(PLAIN_PROSE.length + 2);
  });

  it("finds the smallest period of a repeated paragraph", () => {
    const paragraph = "In summary, the foundation matters most, and inspectors start at the bottom.\n\n";
    const period = tailPeriod(`Intro.\n\n${paragraph.repeat(4)}`);
    expect(period?.chars).toBe(paragraph.length);
    expect(period?.words).toBe(12);
    expect(period?.repeats).toBe(4);
  });

  it("is undefined for prose and for short repetitions", () => {
    expect(tailPeriod(PLAIN_PROSE)).toBeUndefined();
    expect(tailPeriod("")).toBeUndefined();
    expect(tailPeriod("Wait for it...")).toBeUndefined();
    expect(tailPeriod("He laughed: ha ha ha ha ha")).toBeUndefined();
    expect(tailPeriod("Thank you! Thank you! Thank you!")).toBeUndefined();
  });

  it("does not flag a poem whose refrain returns, or is sung twice at the end", () => {
    const poem = lines(
      "The mill wheel turns beneath the hill,",
      REFRAIN,
      "The heron waits, the reeds are still,",
      REFRAIN,
      "And when the lanterns light the pier,",
      REFRAIN,
      REFRAIN,
    );
    expect(tailPeriod(poem)).toBeUndefined();
    expect(tailPeriod(`${poem}\n`)).toBeUndefined();
  });

  it("flags the refrain once it truly repeats three times verbatim", () => {
    const poem = lines("The mill wheel turns beneath the hill,", REFRAIN, REFRAIN, REFRAIN);
    expect(tailPeriod(poem)).toMatchObject({ chars: REFRAIN.length + 1, words: 7, repeats: 3 });
  });

  it("leaves the legitimate repetition corpus alone and catches every pathological loop", () => {
    for (const { name, text } of LEGIT_REPETITION_CORPUS) {
      // Three verbatim copies of one band of the grid: periodic by definition, though no loop; the rate reports it.
      if (name === "empty sudoku grid") expect(tailPeriod(text)).toMatchObject({ repeats: 3, words: 0 });
      else expect(tailPeriod(text), name).toBeUndefined();
    }
    for (const loop of PATHOLOGICAL_LOOP_CORPUS) {
      const period = tailPeriod(loop.text);
      // A verbatim tail only: counter and reworded loops are the stream guard's to catch.
      if (loop.kind !== "exact" || loop.periodChars * 3 > TAIL_WINDOW_CHARS) continue;
      expect(period?.chars, loop.name).toBe(loop.periodChars);
      expect(Math.abs(period!.onsetChar - loop.onsetChar), loop.name).toBeLessThanOrEqual(loop.periodChars);
    }
  });
});
