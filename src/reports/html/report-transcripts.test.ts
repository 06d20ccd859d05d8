import { describe, expect, it } from "vitest";
import { STREAM_GUARD_SCORER } from "../../core/stream-guard.ts";
import type { ScoredSample } from "../../core/task.ts";
import { cutText, failuresFirst, sampleOutcomeLabel, TranscriptPicker } from "./report-transcripts.ts";

function sample(index: number, value: number, extra: Partial<ScoredSample> = {}): ScoredSample {
  return {
    targetId: "t",
    taskId: "k",
    itemId: `i${index}`,
    trial: 1,
    status: "done",
    scores: [{ scorer: "exact", label: value === 1 ? "correct" : "incorrect", value }],
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item: { id: `i${index}`, input: "q".repeat(50), expected: ["a", "b"], metadata: { lang: "en" } },
    result: { text: "x".repeat(30), finishReason: "stop", usage: { inputTokens: 5, outputTokens: 3 }, latencyMs: 7 },
    ...extra,
  };
}

const limits = { first: 4, failures: 2, responseChars: 10, inputChars: 20 };

describe("TranscriptPicker", () => {
  it("embeds the first samples of each pair, then failures up to their cap, and counts what it left out", () => {
    const picker = new TranscriptPicker(limits, 2);
    const pair = Array.from({ length: 10 }, (_, i) => sample(i, i % 3 === 0 ? 0 : 1));
    picker.addPair(pair);
    picker.addPair(pair.slice(0, 1));
    expect(picker.transcripts.map((t) => t.itemId)).toEqual(["i0", "i1", "i3", "i0"]);
    expect(picker.counts()).toEqual({ total: 11, embedded: 4, omitted: 7 });
  });

  it("clips long texts, keeps their full length, and flattens scores and expected answers", () => {
    const picker = new TranscriptPicker(limits, 1);
    picker.addPair([sample(1, 1)]);
    expect(picker.transcripts[0]).toMatchObject({
      input: "q".repeat(20),
      response: "x".repeat(10),
      responseChars: 30,
      expected: "a | b",
      outcome: "correct",
      value: 1,
      loop: false,
      inputTokens: 5,
      scores: [{ scorer: "exact", label: "correct", value: 1 }],
      metadata: { lang: "en" },
    });
  });

  it("counts errors and loops stopped by the guard as failures, labelled as the heatmap labels them", () => {
    const picker = new TranscriptPicker({ ...limits, first: 1 }, 1);
    const loop = sample(2, 1, { scores: [{ scorer: "exact", label: "correct", value: 1 }, { scorer: STREAM_GUARD_SCORER, label: "LOOP", value: null }] });
    const rejected = sample(3, 0, { status: "error", errorKind: "context_length_exceeded", scores: [], result: undefined });
    const timeout = sample(4, 0, { status: "error", errorKind: "timeout", scores: [], result: undefined, errorMessage: "slow" });
    picker.addPair([sample(1, 1), sample(5, 1), loop, rejected, timeout]);
    expect(picker.transcripts.map((t) => [t.itemId, t.outcome, t.loop])).toEqual([
      ["i1", "correct", false],
      ["i2", "correct", true],
      ["i3", "rejected", false],
    ]);
    expect(sampleOutcomeLabel(timeout)).toBe("error:timeout");
  });
});

describe("cutText", () => {
  it("never cuts an emoji in half", () => {
    expect(cutText("ab😀cd", 3)).toBe("ab");
    expect(cutText("ab😀cd", 4)).toBe("ab😀");
    expect(cutText("short", 10)).toBe("short");
  });

  it("orders failures (errors, loops, wrong answers) before the rest, each part in its own order", () => {
    const picker = new TranscriptPicker({ first: 10, failures: 0, responseChars: 10, inputChars: 10 }, 1);
    picker.addPair([sample(1, 1), sample(2, 0), sample(3, 1), sample(4, 1, { status: "error", errorKind: "timeout", result: undefined }), sample(5, 1, { result: { text: "loop", finishReason: "guard", usage: {}, latencyMs: 1 } })]);
    expect(failuresFirst(picker.transcripts).map((t) => t.itemId)).toEqual(["i2", "i4", "i5", "i1", "i3"]);
  });
});
