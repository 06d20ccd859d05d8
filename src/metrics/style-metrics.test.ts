import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { ScoredSample } from "../core/task.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { STYLE_METRICS } from "./style-metrics.ts";
import { styleProfile } from "../style/style-profile.ts";

let counter = 0;
function sample(text: string | undefined, metadata: Item["metadata"] = {}, status: ScoredSample["status"] = "done"): ScoredSample {
  counter++;
  return {
    targetId: "t",
    taskId: "task",
    itemId: String(counter),
    trial: 1,
    status,
    result: text === undefined ? undefined : { text, finishReason: "stop", usage: {}, latencyMs: 1 },
    scores: [],
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item: { id: String(counter), input: "?", metadata },
  };
}

const metric = (name: string, samples: readonly ScoredSample[]) => {
  const reducer = STYLE_METRICS.find((m) => m.name === name);
  if (!reducer) throw new Error(`no metric ${name}`);
  return reducer.reduce(samples);
};

describe("STYLE_METRICS", () => {
  it("names every main style number once", () => {
    expect(STYLE_METRICS.map((m) => m.name)).toEqual([
      "style:tokens",
      "style:headers_per_1k",
      "style:bold_per_1k",
      "style:lists_per_1k",
      "style:emoji_per_1k",
      "style:exclamations_per_1k",
      "style:slop_per_1k_words",
      "style:seq_rep_4",
      "style:compression_excess",
      "style:periodic_tail_rate",
      "style:language_mismatch_rate",
    ]);
  });

  it("averages over done samples with a response, with a bootstrap interval", () => {
    const samples = [
      sample("Wow! 🚀🚀"),
      sample("Plain answer here."),
      sample("Great! 🎉"),
      sample(undefined, {}, "error"),
      sample("ignored 🚀🚀🚀🚀 !!!", {}, "error"),
    ];
    const expected = ["Wow! 🚀🚀", "Plain answer here.", "Great! 🎉"].map((text) => styleProfile(text).emojiPer1k);
    const [value] = metric("style:emoji_per_1k", samples);
    expect(expected[0]).toBeGreaterThan(0);
    expect(value?.n).toBe(3);
    expect(value?.value).toBeCloseTo((expected[0]! + expected[1]! + expected[2]!) / 3, 12);
    expect(value?.interval).toEqual(bootstrapMeanInterval(expected));
  });

  it("reports the share of periodic tails with a Wilson interval", () => {
    const samples = [sample("The reason ".repeat(100)), sample("A fine answer."), sample("Another fine answer."), sample("")];
    expect(metric("style:periodic_tail_rate", samples)).toEqual([{ name: "style:periodic_tail_rate", value: 0.25, n: 4, items: 4, interval: wilsonInterval(1, 4) }]);
  });

  it("holds answers to their item's language only where the item has one and the answer's can be told", () => {
    const samples = [
      sample("La respuesta es el puente, porque se construyó primero.", { language: "es" }),
      sample("The answer is the bridge, because it was built first.", { language: "es" }),
      sample("The answer is the bridge, because it was built first.", { language: "en" }),
      sample("The answer is the bridge.", {}),
      sample("42", { language: "fr" }),
    ];
    expect(metric("style:language_mismatch_rate", samples)).toEqual([
      { name: "style:language_mismatch_rate", value: 1 / 3, n: 3, items: 3, interval: wilsonInterval(1, 3) },
    ]);
  });

  it("reports no value, rather than a made-up one, without responses", () => {
    for (const reducer of STYLE_METRICS) expect(reducer.reduce([sample(undefined, {}, "error")])).toEqual([{ name: reducer.name, value: null, n: 0 }]);
  });
});
