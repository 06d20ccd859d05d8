import { describe, expect, it } from "vitest";
import type { MetricValue } from "../../core/metric.ts";
import type { TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { runHeadlines } from "./run-headlines.ts";

const metric = (name: string, value: number | null): MetricValue => ({ name, value, n: 10, items: 10 });
const summary = (taskId: string, targetId: string, metrics: MetricValue[]) => ({ taskId, targetId, metrics }) as unknown as TaskTargetSummary;

describe("runHeadlines", () => {
  it("takes per task the first metric that is neither a breakdown nor empty, with each target's value in the run's order", () => {
    const metrics = {
      tasks: [
        summary("riddles", "b", [metric("accuracy[es]", 0.5), metric("accuracy", 0.7)]),
        summary("riddles", "a", [metric("accuracy[es]", 0.9), metric("accuracy", 0.95)]),
        summary("refusal", "a", [metric("rate:refused", 0.1), metric("safe_refusal_rate", null), metric("unsafe_compliance_rate", 0.2)]),
      ],
    };
    expect(runHeadlines(metrics, ["a", "b"])).toEqual([
      { taskId: "riddles", metric: "accuracy", values: [{ targetId: "a", value: 0.95, interval: undefined }, { targetId: "b", value: 0.7, interval: undefined }] },
      { taskId: "refusal", metric: "unsafe_compliance_rate", values: [{ targetId: "a", value: 0.2, interval: undefined }] },
    ]);
  });

  it("has no headline for a task without a metric of value", () => {
    expect(runHeadlines({ tasks: [summary("writing", "a", [metric("length_compliance", null)])] }, ["a"])).toEqual([]);
  });
});
