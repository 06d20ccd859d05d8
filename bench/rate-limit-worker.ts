// One part (b) run in a fresh process: the harness against a rate-limited simulated model, with or without the limits
// configured, recording when each sample finished and what the host charged for it, so the caller can measure the
// steady rate. Prints one JSON line. Usage: node --import tsx bench/rate-limit-worker.ts <url> <model> <maxOutputTokens> <samples> <limits JSON>

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TargetSpec } from "../src/core/target.ts";
import { createAdapter } from "../src/providers/create-adapter.ts";
import { priceLookup } from "../src/runner/pricing.ts";
import { DEFAULT_RETRY_POLICY } from "../src/runner/retry-policy.ts";
import { RequestPipeline } from "../src/runner/request-pipeline.ts";
import { executeRun } from "../src/runner/run-engine.ts";
import type { TargetLimits } from "../src/runner/target-limiter.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { newRunRecord } from "../src/runner/new-run-record.ts";
import { benchTask, rateTaskPrefix } from "./bench-task.ts";

export interface RateRunResult {
  wallMs: number;
  done: number;
  errors: number;
  /** Attempts the client saw answered 429. */
  clientRateLimited: number;
  learned: { requestsPerMinute?: number; tokensPerMinute?: number }[];
  /** Milliseconds from the start at which each successful sample finished, in order. */
  finishedAtMs: number[];
  /** What the host's tokens/min bucket charged for each of those samples: its prompt tokens plus max_tokens. */
  chargedTokens: number[];
}

const [url, model, maxOutputTokensArg, samplesArg, limitsArg] = process.argv.slice(2);
if (!url || !model) throw new Error("usage: rate-limit-worker.ts <url> <model> <maxOutputTokens> <samples> <limits JSON>");
const maxOutputTokens = Number(maxOutputTokensArg);
const limits = JSON.parse(limitsArg ?? "{}") as TargetLimits;

const dir = mkdtempSync(join(tmpdir(), "rc-bench-rate-"));
const store = await openRunStore(join(dir, "results.db"));
const target: TargetSpec = { id: `simulator:${model}`, provider: "simulator", model, settings: {}, stream: false, simulated: true };
const task = benchTask(rateTaskPrefix(model), Number(samplesArg), maxOutputTokens);
const runId = "bench-rate";
await store.createRun(newRunRecord(runId, 1, { bench: true }, [target], [task]));

const result: RateRunResult = { wallMs: 0, done: 0, errors: 0, clientRateLimited: 0, learned: [], finishedAtMs: [], chargedTokens: [] };
const started = performance.now();
const pipeline = new RequestPipeline({
  runId,
  store,
  cache: true,
  retry: DEFAULT_RETRY_POLICY,
  timeoutMs: 300_000,
  budget: {},
  prices: priceLookup(),
  onEvent: (event) => {
    if (event.type === "sample-finished" && event.status === "done") {
      result.finishedAtMs.push(performance.now() - started);
      result.chargedTokens.push(event.inputTokens + maxOutputTokens);
    } else if (event.type === "attempt-failed" && event.errorKind === "rate_limited") result.clientRateLimited++;
    else if (event.type === "rate-limit-learned") result.learned.push({ requestsPerMinute: event.requestsPerMinute, tokensPerMinute: event.tokensPerMinute });
  },
});
const runtime = { adapter: createAdapter(target, { env: { SIMULATOR_BASE_URL: url } }), concurrency: 64, limits, endpoint: url };
const outcome = await executeRun({ runId, targets: [target], tasks: [task], trials: 1 }, { pipeline, runtimes: new Map([[target.id, runtime]]) });
await pipeline.close();
result.wallMs = performance.now() - started;
result.done = outcome.done;
result.errors = outcome.errors;
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(result)}\n`);
