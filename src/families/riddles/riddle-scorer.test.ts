import { describe, expect, it } from "vitest";
import type { Item } from "../../core/item.ts";
import { fillRiddle } from "./fill-riddle.ts";
import { loadBuiltInRiddles, loadSlotPools } from "./load-riddles.ts";
import { riddleItems } from "./riddle-items.ts";
import { RECITED, riddleScorer } from "./riddle-scorer.ts";

const items = riddleItems(
  loadBuiltInRiddles().filter((family) => family.family === "bat-ball"),
  loadSlotPools(),
  { languages: ["es"], forms: ["classic", "twin"] },
);
const scorer = riddleScorer(3);
const score = (item: Item, text: string, trial = 2) =>
  scorer.score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 }, trial });

describe("riddleScorer", () => {
  it("scores against the trial's numbers and labels a twin answered by rote as recited", async () => {
    const [classic, twin] = items as [Item, Item];
    const { answer } = fillRiddle(classic, 3, 2).key;
    const twinKey = fillRiddle(twin, 3, 2).key;
    expect(twinKey.recited).toBe(answer);
    expect(await score(classic, `RESPUESTA: ${answer} euros`)).toMatchObject({ value: 1, label: "correct", answer });
    expect(await score(twin, `RESPUESTA: ${twinKey.answer}`)).toMatchObject({ value: 1, label: "correct" });
    expect(await score(twin, `RESPUESTA: ${answer}`)).toMatchObject({ value: 0, label: RECITED, answer });
    expect(await score(twin, "RESPUESTA: 1000")).toMatchObject({ value: 0, label: "incorrect", answer: "1000" });
    expect(await score(twin, "RESPUESTA: no lo sé")).toMatchObject({ value: null, label: "unscored" });
  });

  it("reads the key of the sample's own trial", async () => {
    const classic = items[0] as Item;
    const trials = [1, 2, 3, 4, 5, 6].filter((trial) => fillRiddle(classic, 3, trial).key.answer !== fillRiddle(classic, 3, 2).key.answer);
    const other = trials[0] as number;
    expect(await score(classic, `RESPUESTA: ${fillRiddle(classic, 3, 2).key.answer}`, other)).toMatchObject({ label: "incorrect" });
  });
});
