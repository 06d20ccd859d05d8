import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { RunEvent } from "../core/events.ts";
import { ProgressRenderer } from "./progress.ts";

function capture(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY });
  let text = "";
  out.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { out, text: () => text };
}

const key = (targetId: string, itemId: string) => ({ targetId, taskId: "t", itemId, trial: 1 });

describe("ProgressRenderer", () => {
  it("writes plain periodic lines when not a terminal, and a final line per target", () => {
    let now = 0;
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out, intervalMs: 1000, now: () => now });
    const events: RunEvent[] = [
      { type: "run-started", runId: "r1", resumed: false, targets: [{ id: "groq:m", total: 3, alreadyDone: 0, simulated: false }, { id: "simulator:x", total: 3, alreadyDone: 1, simulated: true }] },
      { type: "attempt-failed", runId: "r1", key: key("groq:m", "a"), attempt: 1, errorKind: "rate_limited", willRetry: true, retryInMs: 20 },
      { type: "sample-finished", runId: "r1", key: key("groq:m", "a"), status: "done", fromCache: false, inputTokens: 10, outputTokens: 5, costUsd: 0.001 },
      { type: "sample-finished", runId: "r1", key: key("simulator:x", "a"), status: "error", errorKind: "server_error", fromCache: false, inputTokens: 0, outputTokens: 0, costUsd: 0 },
    ];
    for (const event of events) {
      now += 600;
      progress.listener(event);
    }
    progress.listener({ type: "run-finished", runId: "r1", status: "completed", done: 2, errors: 1, pending: 2, skipped: 0, failing: [] });
    const text = sink.text();
    expect(text).toContain("run r1: groq:m 3 to ask, simulator:x [simulated] 2 to ask");
    expect(text).toContain("groq:m  1/3 (33%)  errors 0  retries 1  cached 0  tokens 15 $0.0010");
    expect(text).toContain("simulator:x [simulated]  2/3 (66%)  errors 1");
    expect(text).not.toContain("\x1b[");
    expect(text.trim().split("\n").at(-1)).toBe("run r1 completed: 2 answered, 1 ended in error, 2 not asked");
    // A state already written by the periodic lines is not written again at the end.
    expect(text.split("simulator:x [simulated]  2/3").length - 1).toBe(1);
  });

  it("announces budget stops and interruptions on their own lines", () => {
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out });
    progress.listener({ type: "run-started", runId: "r2", resumed: true, targets: [] });
    progress.listener({ type: "budget-exhausted", runId: "r2", limit: "cost", used: 1.23456, cap: 1.25 });
    progress.listener({ type: "run-stopping", runId: "r2", reason: "interrupted" });
    expect(sink.text()).toContain("run r2 (resumed)");
    expect(sink.text()).toContain("budget reached: cost 1.2346 of 1.25");
    expect(sink.text()).toContain("interrupted: cancelling requests in flight");
  });

  it("names a target the circuit breaker stopped on one line, and its samples left as not asked", () => {
    const sink = capture(false);
    const progress = new ProgressRenderer({ out: sink.out });
    progress.listener({ type: "run-started", runId: "r3", resumed: false, targets: [{ id: "vllm:m", total: 40, alreadyDone: 0, simulated: false }] });
    const message = "vllm: the host rejected the API key (HTTP 401): Incorrect API key provided: [redacted]";
    progress.listener({ type: "target-failing", runId: "r3", targetId: "vllm:m", rule: "first", failures: 3, errorKind: "auth_error", message });
    progress.listener({ type: "run-finished", runId: "r3", status: "failed", done: 0, errors: 3, pending: 37, skipped: 0, failing: ["vllm:m"] });
    const lines = sink.text().trim().split("\n");
    expect(lines).toContain(`vllm:m: stopped, target failing (its first 3 samples all ended in auth_error): ${message}; its remaining samples are not asked`);
    expect(lines.at(-1)).toBe("run r3 failed: 0 answered, 3 ended in error, 37 not asked (target failing: vllm:m)");
  });
});
