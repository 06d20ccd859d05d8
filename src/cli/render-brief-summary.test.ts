import { describe, expect, it } from "vitest";
import type { MetricValue } from "../core/metric.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import { renderBriefSummary } from "./render-brief-summary.ts";

/** The fields the brief summary reads; the rest of a summary does not matter to it. */
function summary(taskId: string, targetId: string, metrics: MetricValue[]): TaskTargetSummary {
  return { taskId, targetId, simulated: targetId.startsWith("simulator:"), metrics } as unknown as TaskTargetSummary;
}
const rate = (name: string, value: number, lower: number, upper: number): MetricValue => ({ name, value, n: 40, interval: { lower, upper, level: 0.95, method: "wilson" } });

describe("renderBriefSummary", () => {
  it("shows each task's headline metric per target, targets as columns, skipping breakdowns", () => {
    const lines = renderBriefSummary(
      [
        summary("riddles", "groq:scout", [rate("accuracy[en]", 0.9, 0.8, 0.95), rate("accuracy", 0.8, 0.7, 0.87)]),
        summary("riddles", "simulator:honest", [rate("accuracy", 1, 0.91, 1)]),
      ],
      [],
      120,
    );
    expect(lines).toEqual([
      "task     headline [95% interval]  groq:scout            simulator:honest*",
      "riddles  accuracy                 0.800 [0.700, 0.870]  1.000 [0.910, 1.000]",
      "* simulated: the provider simulator, a test double; not any model's results",
    ]);
  });

  it("splits targets into tables that fit the width instead of running past it", () => {
    const targets = Array.from({ length: 5 }, (_, i) => `together:meta-llama/Llama-4-Scout-17B-16E-Instruct-${i}`);
    const lines = renderBriefSummary(targets.map((target) => summary("niah", target, [rate("accuracy", 0.5, 0.4, 0.6)])), [], 100);
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
    const headers = lines.filter((line) => line.startsWith("task "));
    expect(headers.length).toBeGreaterThan(1);
    expect(lines.filter((line) => line.startsWith("niah ")).join(" ").match(/0\.500 \[0\.400, 0\.600\]/gu)).toHaveLength(5);
  });
});
