import { describe, expect, it } from "vitest";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import { renderSummary } from "./render-summary.ts";

const summary: TaskTargetSummary = {
  taskId: "writing", family: "writing", targetId: "groq:llama", simulated: false, expected: 10, finished: 10, errors: 0, errorKinds: {},
  fromCache: 0, metrics: [], groups: [], inputTokens: 1000, outputTokens: 5000, costUsd: 0, guardStops: 0, guardStopKinds: {}, style: [],
  loopRate: { name: "loop_rate", value: 0, n: 10 }, speeds: { ttftMs: [], outputTokensPerSecond: [], cached: { ttftMs: 0, outputTokensPerSecond: 0 } },
};

describe("renderSummary", () => {
  it("counts the loops the guard stopped, by kind", () => {
    expect(renderSummary(summary)).not.toContain("loops stopped early");
    expect(renderSummary({ ...summary, guardStops: 3, guardStopKinds: { exact: 2, counter: 1 } })).toContain("loops stopped early 3 (LOOP: 2 exact, 1 counter, see the transcripts)");
  });
});
