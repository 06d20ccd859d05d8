// Drives the progress renderer on this process's stderr, as a run does, for a test that runs it in a pseudo-terminal
// (src/cli/progress.test.ts): three targets with 40-character model ids, judge and calibration requests, lines of their own in between (one of
// them longer than the terminal), a target that fails midway. Time comes from a FakeClock, so what is drawn when is
// the same on every run.

import type { RunEvent } from "../core/events.ts";
import { ProgressRenderer } from "../cli/progress.ts";
import { DRIVEN_TARGETS } from "./drive-progress-targets.ts";
import { FakeClock } from "./fake-clock.ts";


const clock = new FakeClock();
const progress = new ProgressRenderer({ out: process.stderr, now: clock.now });
const emit = (event: RunEvent) => {
  clock.current += 37;
  progress.listener(event);
};

emit({ type: "run-started", runId: "r1", resumed: false, targets: DRIVEN_TARGETS.map((t) => ({ id: t.id, total: t.total, alreadyDone: 0, simulated: t.simulated })) });
const failing = DRIVEN_TARGETS[2].id;
let asked = 0;
for (let step = 0; step < 1604; step++) {
  for (const target of DRIVEN_TARGETS) {
    if (target.id === failing && step >= 500) continue;
    const key = { targetId: target.id, taskId: "niah", itemId: `i${step}`, trial: 1 };
    if (step % 97 === 0) emit({ type: "attempt-failed", runId: "r1", key, attempt: 1, errorKind: "rate_limited", willRetry: true, retryInMs: 100 });
    emit({ type: "sample-finished", runId: "r1", key, status: step % 211 === 0 ? "error" : "done", fromCache: false, inputTokens: 12_345 + step, outputTokens: 321, costUsd: target.simulated ? 0 : 0.0012 });
    asked++;
  }
  if (step % 50 === 0) {
    emit({ type: "request-finished", runId: "r1", purpose: "judge", targetId: "anthropic:claude-sonnet-4-5-20250929-judge", simulated: false, status: "done", fromCache: false, inputTokens: 900, outputTokens: 20, costUsd: 0.003 });
    emit({ type: "request-finished", runId: "r1", purpose: "calibrate", targetId: DRIVEN_TARGETS[0].id, simulated: false, status: "done", fromCache: false, inputTokens: 4000, outputTokens: 1, costUsd: 0.0004 });
  }
  if (step === 300) emit({ type: "rate-limit-learned", runId: "r1", targetId: DRIVEN_TARGETS[1].id, requestsPerMinute: 600, tokensPerMinute: 1_000_000 });
  if (step === 500) {
    const message = "simulator: the host answered HTTP 500 five times in a row, the last with an internal error that says nothing about why";
    emit({ type: "target-failing", runId: "r1", targetId: failing, rule: "window", failures: 5, errorKind: "server_error", message });
  }
}
emit({ type: "run-finished", runId: "r1", status: "completed", done: asked, errors: 0, pending: 300, skipped: 0, failing: [failing] });
