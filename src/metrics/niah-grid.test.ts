import { describe, expect, it } from "vitest";
import type { ScoredSample } from "../core/task.ts";
import { buildGrid, effectiveContextLength, lengthAccuracies, sampleOutcome } from "./niah-grid.ts";

function sample(length: number, depth: number, label: string, trial = 1): ScoredSample {
  const base = { targetId: "t", taskId: "niah", itemId: `single-${length}-d${depth}`, trial, attempts: 1, fromCache: false, costUsd: 0 };
  const item = { id: base.itemId, input: "", metadata: { length, depth, kind: "single" } };
  if (label === "rejected") return { ...base, item, status: "error", errorKind: "context_length_exceeded", scores: [] };
  if (label === "timeout") return { ...base, item, status: "error", errorKind: "timeout", scores: [] };
  const value = label === "correct" ? 1 : label === "partial" ? 0.5 : label === "unscored" ? null : 0;
  return { ...base, item, status: "done", scores: [{ scorer: "niah", value, label }] };
}

/** n samples per cell, correct while `ok(length, depth, i)` says so, else `failure`. */
function grid(lengths: number[], depths: number[], n: number, ok: (length: number, depth: number, i: number) => boolean, failure = "not_found") {
  const samples: ScoredSample[] = [];
  for (const length of lengths) for (const depth of depths) for (let i = 0; i < n; i++) samples.push(sample(length, depth, ok(length, depth, i) ? "correct" : failure, i + 1));
  return buildGrid(samples, "niah");
}

describe("buildGrid", () => {
  it("keeps every outcome in its cell; rejections count as failures, other errors are shown but not scored", () => {
    const g = buildGrid([sample(1000, 0, "correct"), sample(1000, 0, "rejected"), sample(1000, 0, "timeout"), sample(1000, 0, "unscored"), sample(2000, 50, "partial")], "niah");
    expect(g.lengths).toEqual([1000, 2000]);
    expect(g.depths).toEqual([0, 50]);
    const cell = g.cells[0]![0]!;
    expect(cell.outcomes).toEqual({ correct: 1, rejected: 1, "error:timeout": 1, unscored: 1 });
    expect(cell).toMatchObject({ samples: 4, asked: 2, correct: 1, accuracy: 0.5 });
    expect(cell.interval?.method).toBe("wilson");
    expect(g.cells[1]![1]).toMatchObject({ asked: 1, correct: 0, recall: 0.5 });
    expect(g.cells[0]![1]!.accuracy).toBeNull();
    expect(sampleOutcome(sample(1, 1, "rejected"), "niah")).toBe("rejected");
  });
});

describe("effectiveContextLength", () => {
  const lengths = [1000, 2000, 4000, 8000, 16000];
  const depths = [0, 25, 50, 75, 100];

  it("is exact when every length held up to one that failed (absolute reading, bar 0.85)", () => {
    const fades = grid(lengths, depths, 8, (length) => length <= 4000);
    const found = effectiveContextLength(fades)!;
    expect(found).toMatchObject({ reading: "absolute", bar: 0.85, atLeast: 4000, atMost: 4000, none: false });
    expect(found.lengths.map((entry) => entry.status)).toEqual(["held", "held", "held", "failed", "failed"]);
  });

  it("bounds it when a length after a decided fall is undecided: 35 of 40 at 8k, then nothing", () => {
    const patchy = grid(lengths, depths, 8, (length, _depth, i) => length <= 4000 || (length === 8000 && i !== 7));
    const found = effectiveContextLength(patchy)!;
    expect(found).toMatchObject({ atLeast: 4000, atMost: 8000 });
    expect(found.lengths.map((entry) => entry.pooled.lengths)).toEqual([[1000, 2000, 4000], [1000, 2000, 4000], [1000, 2000, 4000], [8000], [16000]]);
  });

  it("reads lengths that do not fall as one block: the depth that always fails at 8k is pooled with the rest", () => {
    const patchy = grid(lengths, depths, 8, (length, depth) => length <= 4000 || (length === 8000 && depth >= 75));
    // 16 of 40 at 8k, pooled with 0 of 40 at 16k (its fall to 16k is not decided at 5 items): the block fails.
    const found = effectiveContextLength(patchy)!;
    expect(found).toMatchObject({ atLeast: 4000, atMost: 4000 });
    expect(found.lengths[3]).toMatchObject({ status: "failed", accuracy: 0.4, pooled: { lengths: [8000, 16000], value: 0.2 } });
  });

  it("reads a 70% model as none against the absolute bar, and by its own baseline in the relative reading", () => {
    const weak = grid(lengths, depths, 20, (length, _depth, i) => length <= 8000 && i % 10 < 7);
    expect(effectiveContextLength(weak)!.none).toBe(true);
    const relative = effectiveContextLength(weak, { reading: "relative" })!;
    expect(relative.baseline).toMatchObject({ value: 0.7, lengths: [1000, 2000, 4000, 8000] });
    expect(relative).toMatchObject({ none: false, atMost: 8000 });
  });

  it("says how many samples per length would decide it when too few leave it undecided, and none when nothing is found", () => {
    const thin = effectiveContextLength(grid(lengths, [50], 3, () => true))!;
    expect(thin).toMatchObject({ atLeast: undefined, atMost: undefined, none: false });
    // 15 of 15 pooled over five lengths: [0.80, 1]; nine a length (45 of 45: [0.92, 1]) would decide it.
    expect(thin.samplesPerLength).toBe(9);
    expect(effectiveContextLength(grid(lengths, [50], 9, () => true))).toMatchObject({ atLeast: 16000, atMost: undefined });
    expect(effectiveContextLength(grid(lengths, depths, 4, () => false))!.none).toBe(true);
    expect(effectiveContextLength(buildGrid([], "niah"))).toBeUndefined();
  });

  it("does not let a lucky long length pass after a shorter one failed", () => {
    const patchy = grid(lengths, depths, 8, (length) => length !== 4000);
    expect(effectiveContextLength(patchy)).toMatchObject({ atLeast: 2000, atMost: 2000 });
  });

  it("counts a length's depth cells as its items: cells that disagree widen the interval", () => {
    const split = grid([1000], depths, 20, (_length, depth) => depth !== 50);
    const accuracy = lengthAccuracies(split)[0]!.accuracy;
    expect(accuracy).toMatchObject({ value: 0.8, samples: 100, items: 5 });
    expect(accuracy.effectiveSamples).toBeLessThan(100);
  });
});
