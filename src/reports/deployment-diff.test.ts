import { describe, expect, it } from "vitest";
import type { ScoredSample } from "../core/task.ts";
import { diffTask, summarizeDifferences, type TaskDiff } from "./deployment-diff.ts";
import { taskDifferences } from "./task-differences.ts";

function sample(targetId: string, subject: string, index: number, pass: boolean): ScoredSample {
  const itemId = `${subject}-${index}`;
  return {
    targetId,
    taskId: "mmlu-pro",
    itemId,
    trial: 1,
    status: "done",
    result: { text: `The answer is (${pass ? "A" : "B"})`, finishReason: "stop", usage: { inputTokens: 10, outputTokens: 6 }, latencyMs: 1 },
    scores: [{ scorer: "benchmark", value: pass ? 1 : 0, label: pass ? "correct" : "incorrect" }],
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item: { id: itemId, input: "q", metadata: { subject } },
  };
}

/** 20 items in each of four subjects; A passes all but `aFails`, B all but `bFails` (subject → failed indices below n). */
function sides(aFails: Record<string, number>, bFails: Record<string, number>): [ScoredSample[], ScoredSample[]] {
  const subjects = ["biology", "history", "law", "math"];
  const side = (target: string, fails: Record<string, number>) => subjects.flatMap((subject) => Array.from({ length: 20 }, (_, i) => sample(target, subject, i, i >= (fails[subject] ?? 0))));
  return [side("a", aFails), side("b", bFails)];
}

describe("per-group differences in a compare", () => {
  it("names the subjects where B loses once the task's accuracy differs", () => {
    const [a, b] = sides({}, { law: 18, math: 18 });
    const diff = summarizeDifferences([diffTask("mmlu-pro", a, b, ["subject"])]);
    const groups = diff.tasks[0]!.groups;
    expect(groups.map((g) => [g.value, g.a, g.b, g.differs])).toEqual([
      ["biology", 1, 1, false],
      ["history", 1, 1, false],
      ["law", 1, 0.1, true],
      ["math", 1, 0.1, true],
    ]);
    expect(diff.differences).toContain("mmlu-pro: accuracy differs by subject on law 100.0% vs 10.0%, math 100.0% vs 10.0% (McNemar over items per subject, Holm-adjusted)");
  });

  it("names no subject when the task's accuracy does not differ, however uneven its subjects (the gate)", () => {
    // B loses 10 law items and wins 10 math items: the same accuracy overall, so no group may call them different.
    const [a, b] = sides({ math: 10 }, { law: 10 });
    const diff = summarizeDifferences([diffTask("mmlu-pro", a, b, ["subject"])]);
    const law = diff.tasks[0]!.groups.find((g) => g.value === "law")!;
    expect(law.adjustedP).toBeLessThan(0.05);
    expect(law.differs).toBe(false);
    expect(diff.tasks[0]!.accuracy?.differs).toBe(false);
    expect(diff.differences.filter((line) => line.includes("subject"))).toEqual([]);
  });

  it("has no groups for a task without a group key", () => {
    const [a, b] = sides({}, { law: 18 });
    expect(diffTask("mmlu-pro", a, b).groups).toEqual([]);
  });
});

describe("style rows in a compare", () => {
  /** A task whose only differences are style shifts: every item moved by `shift`, item values spread over [0, 0.4). */
  function styleOnly(name: string, shift: number): TaskDiff {
    const items = Array.from({ length: 400 }, (_, i): [number, number] => [(i % 40) / 100 + shift, (i % 40) / 100]);
    const unchanged = items.map(() => ({ a: 0, b: 0, trials: 1 }));
    const tested = taskDifferences({ accuracy: [], errors: unchanged, refusals: unchanged, style: [{ name, items }] });
    return { taskId: "refusal", pairs: 400, items: 400, errors: tested.errors, refusals: tested.refusals, style: tested.style, groups: [] };
  }

  it("never calls a 0.017 compression_excess shift alone different models, however consistent (significant but negligible)", () => {
    const diff = summarizeDifferences([styleOnly("style:compression_excess", 0.017)]);
    const row = diff.tasks[0]!.style[0]!;
    expect(row.difference).toBeCloseTo(0.017, 12);
    expect(row.adjustedP).toBeLessThan(0.05);
    expect(row.differs).toBe(false);
    expect(diff.differences).toEqual([]);
  });

  it("names a style shift beyond the measure's negligible size, as A − B", () => {
    const diff = summarizeDifferences([styleOnly("style:compression_excess", 0.2)]);
    expect(diff.tasks[0]!.style[0]).toMatchObject({ differs: true });
    expect(diff.differences).toEqual([expect.stringMatching(/^refusal: style:compression_excess 0\.39\d vs 0\.19\d \(adjusted p = /u)]);
  });
});
