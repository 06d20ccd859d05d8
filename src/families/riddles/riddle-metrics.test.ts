import { describe, expect, it } from "vitest";
import type { MetricValue } from "../../core/metric.ts";
import type { Score } from "../../core/score.ts";
import type { ScoredSample } from "../../core/task.ts";
import { riddleMetrics } from "./riddle-metrics.ts";
import { RIDDLE_SCORER } from "./riddle-scorer.ts";

function sample(id: string, trial: number, outcome: "correct" | "incorrect" | "recited" | "unscored", answer?: string): ScoredSample {
  const [family = "", form = "", language = ""] = id.split(".");
  const value = outcome === "correct" ? 1 : outcome === "unscored" ? null : 0;
  const score: Score = { scorer: RIDDLE_SCORER, value, label: outcome, answer };
  return {
    targetId: "t",
    taskId: "riddles",
    itemId: id,
    trial,
    status: "done",
    scores: [score],
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item: { id, input: "?", metadata: { family, form, language } },
  };
}

const samples = [
  sample("widow.classic.en", 1, "correct", "no"),
  sample("widow.distracted.en", 1, "incorrect", "yes"),
  sample("widow.minimal.en", 1, "correct", "no"),
  sample("widow.twin.en", 1, "recited", "no"),
  sample("widow.classic.es", 1, "incorrect", "yes"),
  sample("widow.distracted.es", 1, "incorrect", "yes"),
  sample("widow.minimal.es", 1, "incorrect", "yes"),
  sample("widow.twin.es", 1, "recited", "no"),
  sample("widow.twin.fr", 1, "correct", "yes"),
  sample("widow.twin.de", 1, "unscored"),
  sample("widow.classic.pt", 2, "correct", "no"),
];

function metric(name: string): MetricValue | undefined {
  return riddleMetrics(["en", "es", "fr", "de", "pt"])
    .flatMap((reducer) => reducer.reduce(samples))
    .find((m) => m.name === name);
}

describe("riddleMetrics", () => {
  it("reports accuracy overall and per language, in the task's language order", () => {
    expect(metric("accuracy")).toMatchObject({ value: 4 / 10, n: 10, interval: { method: "wilson" } });
    const names = riddleMetrics(["en", "es", "fr", "de", "pt"])[1]?.reduce(samples).map((m) => m.name);
    expect(names).toEqual(["accuracy[en]", "accuracy[es]", "accuracy[fr]", "accuracy[de]", "accuracy[pt]"]);
    expect(metric("accuracy[en]")).toMatchObject({ value: 0.5, n: 4 });
    expect(metric("accuracy[es]")).toMatchObject({ value: 0, n: 4 });
    expect(metric("accuracy[de]")).toEqual({ name: "accuracy[de]", value: null, n: 0 });
  });

  it("counts twins answered with the classic's answer as memorised", () => {
    expect(metric("memorised_rate")).toMatchObject({ value: 2 / 3, n: 3, interval: { method: "wilson" } });
  });

  it("counts (family, form, trial) groups whose languages disagree, over groups seen in two languages or more", () => {
    // classic t1: en no / es yes (flip); distracted t1: en yes / es yes; minimal t1: en no / es yes (flip);
    // twin t1: en no / es no / fr yes (flip); classic t2 has one language only and is left out.
    expect(metric("flip_rate")).toMatchObject({ value: 3 / 4, n: 4, interval: { method: "wilson" } });
  });

  it("pairs classic and distracted answers for the distractor penalty, with no interval from two pairs", () => {
    expect(metric("distractor_penalty")).toMatchObject({ value: 0.5, n: 2, interval: undefined });
  });

  it("calls a language consistent when classic, distracted and minimal get one answer", () => {
    expect(metric("consistency")).toMatchObject({ value: 0.5, n: 2 });
  });

  it("gives null values, not zeros, when nothing qualifies", () => {
    const none = riddleMetrics(["en"]).flatMap((reducer) => reducer.reduce([sample("x.twin.en", 1, "unscored")]));
    expect(none.filter((m) => m.name !== "unscored").every((m) => m.value === null && m.n === 0)).toBe(true);
    expect(none.find((m) => m.name === "unscored")).toMatchObject({ value: 1, n: 1 });
  });
});
