import { describe, expect, it } from "vitest";
import type { MetricValue } from "../core/metric.ts";
import type { RunMetrics, TaskTargetSummary } from "../metrics/run-metrics.ts";
import { renderTaskTables } from "./render-task-tables.ts";

const rate = (name: string, value: number): MetricValue => ({ name, value, n: 40, items: 20, interval: { lower: value / 2, upper: (value + 1) / 2, level: 0.95, method: "wilson" } });

function summary(targetId: string, overrides: Partial<TaskTargetSummary> = {}): TaskTargetSummary {
  return {
    taskId: "riddles", family: "riddles", targetId, simulated: false, expected: 40, finished: 40, errors: 0, errorKinds: {}, fromCache: 0,
    metrics: [rate("accuracy", 0.8), rate("accuracy[es]", 0.6), rate("accuracy[en]", 1), rate("rubric[groq:judge-70b@j]", 0.5), rate("accuracy@d50", 0.7), rate("rate:refused", 0.1)],
    groups: [{ key: "language", value: "es", samples: 20, metrics: [rate("accuracy", 0.6)] }],
    inputTokens: 1000, outputTokens: 5000, costUsd: 0.0123, guardStops: 0, guardStopKinds: {}, style: [],
    loopRate: { name: "loop_rate", value: 0, n: 40 }, speeds: { ttftMs: [], outputTokensPerSecond: [], cached: { ttftMs: 0, outputTokensPerSecond: 0 } },
    ...overrides,
  };
}

const labels = new Map([["groq:a", "a"], ["groq:b", "b"]]);
const metrics = (tasks: TaskTargetSummary[]): RunMetrics => ({ tasks, targets: [], overview: { counts: [], errorSamples: [], percentiles: [], scores: [] } });

describe("renderTaskTables", () => {
  it("shows one table per task: samples and headline metrics down, targets across, breakdowns left for --full", () => {
    const lines = renderTaskTables(["riddles"], metrics([summary("groq:a"), summary("groq:b", { errors: 2, finished: 37, fromCache: 5, errorKinds: { timeout: 2 }, guardStops: 1, guardStopKinds: { exact: 1 } })]), labels, { width: 120, full: false });
    expect(lines).toEqual([
      "",
      "riddles                   a                            b",
      "samples                   40/40                        37/40, 5 cached, 2 errors (timeout 2)",
      "loops stopped             0                            1 (LOOP: 1 exact)",
      "accuracy                  0.800 [0.400, 0.900] n=20×2  0.800 [0.400, 0.900] n=20×2",
      "rubric[groq:judge-70b@j]  0.500 [0.250, 0.750] n=20×2  0.500 [0.250, 0.750] n=20×2",
    ]);
  });

  it("with --full adds speed and cost rows, the breakdowns and the first headline metric by group", () => {
    const text = renderTaskTables(["riddles"], metrics([summary("groq:a")]), labels, { width: 120, full: true }).join("\n");
    expect(text).toMatch(/\ncost +\$0\.0123\n/);
    expect(text).toMatch(/\nriddles breakdowns +a\naccuracy\[es\] +0\.600 \[0\.300, 0\.800\] n=20×2\naccuracy\[en\]/);
    expect(text).toMatch(/\nriddles: accuracy by group +a\nlanguage=es +0\.600/);
  });
});
