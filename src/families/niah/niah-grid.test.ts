import { describe, expect, it } from "vitest";
import type { ScoredSample } from "../../core/task.ts";
import { buildGrid, effectiveContextLength, sampleOutcome } from "./niah-grid.ts";

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
  return buildGrid(samples);
}

describe("buildGrid", () => {
  it("keeps every outcome in its cell; rejections count as failures, other errors are shown but not scored", () => {
    const g = buildGrid([sample(1000, 0, "correct"), sample(1000, 0, "rejected"), sample(1000, 0, "timeout"), sample(1000, 0, "unscored"), sample(2000, 50, "partial")]);
    expect(g.lengths).toEqual([1000, 2000]);
    expect(g.depths).toEqual([0, 50]);
    const cell = g.cells[0]![0]!;
    expect(cell.outcomes).toEqual({ correct: 1, rejected: 1, "error:timeout": 1, unscored: 1 });
    expect(cell).toMatchObject({ samples: 4, asked: 2, correct: 1, accuracy: 0.5 });
    expect(cell.interval?.method).toBe("wilson");
    expect(g.cells[1]![1]).toMatchObject({ asked: 1, correct: 0, recall: 0.5 });
    expect(g.cells[0]![1]!.accuracy).toBeNull();
    expect(sampleOutcome(sample(1, 1, "rejected"))).toBe("rejected");
  });
});

describe("effectiveContextLength", () => {
  const lengths = [1000, 2000, 4000, 8000, 16000];
  const depths = [0, 25, 50, 75, 100];

  it("is the longest length whose lower bound keeps 85% of the short-context score", () => {
    const fades = grid(lengths, depths, 8, (length, depth) => length <= 4000 || (length === 8000 && depth >= 75));
    expect(effectiveContextLength(fades)).toMatchObject({ tokens: 4000, baseline: 1, firstFailing: 8000, underpowered: false });
  });

  it("measures against the model's own baseline, not against perfection", () => {
    // 70% everywhere up to 8k, then nothing: the window holds what the model can do at all.
    const weak = grid(lengths, depths, 20, (length, _depth, i) => length <= 8000 && i % 10 < 7);
    expect(effectiveContextLength(weak)).toMatchObject({ tokens: 8000, baseline: 0.7 });
  });

  it("says when too few samples leave it undecided, and has no length when retrieval fails at the shortest", () => {
    const thin = grid(lengths, [50], 3, () => true);
    expect(effectiveContextLength(thin)).toMatchObject({ tokens: undefined, firstFailing: 1000, underpowered: true, samplesNeeded: 22 });
    expect(effectiveContextLength(grid(lengths, depths, 4, () => false))).toEqual({ baseline: 0, threshold: null });
  });

  it("does not let a lucky long length pass after a shorter one failed", () => {
    const patchy = grid(lengths, depths, 8, (length) => length !== 4000);
    expect(effectiveContextLength(patchy).tokens).toBe(2000);
  });
});
