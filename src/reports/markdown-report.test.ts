import { describe, expect, it } from "vitest";
import { markdownReport } from "./markdown-report.ts";
import type { TaskTargetSummary } from "./run-summary.ts";

const summary = (targetId: string, simulated: boolean, value: string): TaskTargetSummary => ({
  taskId: "dataset",
  family: "dataset",
  targetId,
  simulated,
  expected: 10,
  finished: 10,
  errors: 0,
  errorKinds: {},
  fromCache: 0,
  style: [],
  guardStops: 0,
  metrics: [{ name: "accuracy", value: 0.7, n: 10, interval: { lower: 0.397, upper: 0.892, level: 0.95, method: "wilson" } }],
  groups: [{ key: "lang", value, samples: 10, metrics: [{ name: "accuracy", value: 0.7, n: 10 }] }],
  inputTokens: 100,
  outputTokens: 50,
  costUsd: 0,
  latencyMsP50: 120,
});

describe("markdownReport", () => {
  it("marks simulated targets and says what they are", () => {
    const text = markdownReport({ runId: "r1", createdAt: 0, status: "completed", seed: 1, trials: 1, summaries: [summary("simulator:honest", true, "en")] });
    expect(text).toContain("simulator:honest (simulated)");
    expect(text).toContain("scripted test double");
    expect(text).toContain("0.700 [0.40, 0.89] (n=10)");
  });

  it("keeps names and group values from breaking the table or becoming markup", () => {
    const text = markdownReport({ runId: "r1", createdAt: 0, status: "completed", seed: 1, trials: 1, summaries: [summary("groq:x", false, "a|b <script>[x](y)")] });
    expect(text).toContain("a\\|b \\<script\\>\\[x\\](y)");
    expect(text).not.toContain("scripted test double");
  });
});
