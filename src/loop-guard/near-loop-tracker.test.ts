import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { NearLoopTracker, type NearRun } from "./near-loop-tracker.ts";
import { NormalizedText } from "./normalized-text.ts";

/** Feeds `raw` and returns the last loop reported. */
function nearLoop(raw: string): NearRun | undefined {
  const text = new NormalizedText(20_000);
  const tracker = new NearLoopTracker(text, 6);
  let found: NearRun | undefined;
  for (let i = 0; i < raw.length; i++) {
    const before = text.length;
    text.push(raw.charCodeAt(i), i);
    for (let index = before; index < text.length; index++) tracker.consume(index);
    found = tracker.loop() ?? found;
  }
  return found;
}

function reworded(template: string, copies: number, seed: number): string {
  const random = seededRandom(seed);
  return Array.from({ length: copies }, () => template.replace(/\[([^\]]+)\]/g, (_all, options: string) => {
    const words = options.split("|");
    return words[Math.floor(random() * words.length)]!;
  })).join(" ");
}

describe("NearLoopTracker", () => {
  it("finds one sentence said again and again in other words, from its first sentence", () => {
    const prefix = "Here is what the survey says. ";
    const loop = nearLoop(prefix + reworded("The [result|outcome|finding] is [important|significant|crucial] because the [data|information] [shows|reveals] a [clear|evident] trend in every region.", 12, 1));
    expect(loop).toMatchObject({ start: prefix.length });
    expect(loop!.sentences).toBeGreaterThanOrEqual(6);
  });

  it("finds two sentences taking turns, and a Chinese sentence restated", () => {
    expect(nearLoop(reworded("The [report|summary] [shows|indicates] a large gap between the regions. Members [think|believe] the budget should change before next year.", 6, 2))).toBeDefined();
    expect(nearLoop(reworded("这个[结果|发现]非常[重要|关键]，因为[数据|资料][显示|表明]了一个明显的趋势。", 12, 3))).toBeDefined();
  });

  it("lets a list of alike items through: each brings in a word of its own", () => {
    const fruits = ["apples", "pears", "plums", "cherries", "grapes", "lemons", "limes", "peaches", "apricots", "figs", "dates", "melons"];
    expect(nearLoop(fruits.map((f) => `Remember to pack one bag of fresh ${f} for the long train journey north.`).join("\n"))).toBeUndefined();
  });

  it("lets a refrain between other lines through", () => {
    const stanzas = ["The boats are in, the nets are dry and cold,", "The harbour wall is grey with winter salt,", "The keeper climbs the winding stair again,"];
    expect(nearLoop(stanzas.map((s) => `${s}\nand still the lighthouse lamp turns on the rock.`).join("\n").repeat(3))).toBeUndefined();
  });
});
