import { describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Score } from "../core/score.ts";
import type { ScoredSample } from "../core/task.ts";
import { bootstrapMeanInterval } from "../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { accuracyMetric, errorRateMetric, unscoredMetric } from "./score-metrics.ts";

let counter = 0;
function sample(value: number | null | "error" | "missing", metadata: Item["metadata"] = {}): ScoredSample {
  counter++;
  const item: Item = { id: String(counter), input: "?", metadata };
  const scores: Score[] = value === "error" || value === "missing" ? [] : [{ scorer: "exact", value, label: value === null ? "unscored" : "x" }];
  return {
    targetId: "t",
    taskId: "dataset",
    itemId: item.id,
    trial: 1,
    status: value === "error" ? "error" : "done",
    scores,
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item,
  };
}

describe("accuracyMetric", () => {
  it("is the mean of scored done samples with a Wilson interval for pass/fail scores", () => {
    const samples = [1, 1, 0, 1, null, "error", 1, 0, 1, 1, 1].map((v) => sample(v as number | null | "error"));
    const [value] = accuracyMetric("exact").reduce(samples);
    expect(value).toEqual({ name: "accuracy", value: 7 / 9, n: 9, items: 9, interval: wilsonInterval(7, 9) });
    expect(value?.interval?.lower).toBeCloseTo(0.4529, 3);
  });

  it("uses a bootstrap interval for graded scores", () => {
    const graded = [0.5, 0.75, 1, 0.25, 1];
    const [value] = accuracyMetric("exact", "mean_grade").reduce(graded.map((v) => sample(v)));
    expect(value?.name).toBe("mean_grade");
    expect(value?.value).toBeCloseTo(0.7, 12);
    expect(value?.interval).toEqual(bootstrapMeanInterval(graded));
  });

  it("has no value and no interval without scored samples, and ignores other scorers", () => {
    expect(accuracyMetric("exact").reduce([sample(null), sample("error")])).toEqual([{ name: "accuracy", value: null, n: 0 }]);
    expect(accuracyMetric("choice").reduce([sample(1)])).toEqual([{ name: "accuracy", value: null, n: 0 }]);
  });
});

describe("unscoredMetric", () => {
  it("is the share of done samples the scorer could not decide, with its interval", () => {
    const samples = [sample(1), sample(null), sample("missing"), sample(0), sample("error")];
    expect(unscoredMetric("exact").reduce(samples)).toEqual([{ name: "unscored", value: 0.5, n: 4, items: 4, interval: wilsonInterval(2, 4) }]);
    expect(unscoredMetric("exact").reduce([])).toEqual([{ name: "unscored", value: null, n: 0 }]);
  });
});

describe("errorRateMetric", () => {
  it("is the share of samples that ended in an error", () => {
    const samples = [sample(1), sample("error"), sample(0), sample("error")];
    expect(errorRateMetric().reduce(samples)).toEqual([{ name: "error_rate", value: 0.5, n: 4, items: 4, interval: wilsonInterval(2, 4) }]);
    expect(errorRateMetric().reduce([])).toEqual([{ name: "error_rate", value: null, n: 0 }]);
  });
});
