// Part (b): against a simulated host that enforces requests/min and tokens/min (429 with Retry-After past them), does a
// run keep close to the allowed rate without being refused, both when the limits are configured and when the runner
// must learn them from the host's x-ratelimit-* headers and 429s? One workload where requests bind, one where tokens do.

import type { TargetLimits } from "../src/runner/target-limiter.ts";
import { countPromptTokens } from "../src/simulator/prompt-tokens.ts";
import { benchItem, benchMessages, rateTaskPrefix } from "./bench-task.ts";
import { runChild, type SimulatorProcess } from "./child-process.ts";
import { fixed, formatTable, grouped } from "./format-table.ts";
import type { RateRunResult } from "./rate-limit-worker.ts";

const REQUESTS_PER_MINUTE = 1200;
const TOKENS_PER_MINUTE = 120_000;
/** The simulated host of part (b): honest answers behind enforced buckets of one second's refill. */
export const RATE_PROFILES = {
  "bench-rate": {
    extends: "honest",
    description: "Benchmark host: 1200 requests/min and 120k tokens/min, 1 s bursts",
    rateLimits: { requestsPerMinute: REQUESTS_PER_MINUTE, tokensPerMinute: TOKENS_PER_MINUTE, burstSeconds: 1 },
  },
};

/** The targets: at least this share of the binding limit, and fewer than this share of requests refused. */
const MIN_UTILISATION = 0.9;
const MAX_REFUSED = 0.02;
/** Left out of the rate: the first answer, learning the limits, and the host's initial full bucket. */
const SETTLE_MS = 2000;
/** Short answers leave the tokens/min limit slack, so requests/min binds; long ones make tokens/min bind. */
const WORKLOADS = [
  { name: "short answers", maxOutputTokens: 32 },
  { name: "long answers", maxOutputTokens: 256 },
];
const CONFIGS: { name: string; limits: TargetLimits }[] = [
  { name: "learned", limits: {} },
  { name: "configured", limits: { requestsPerMinute: REQUESTS_PER_MINUTE, tokensPerMinute: TOKENS_PER_MINUTE } },
];

/** One run per workload and way of knowing the limits; each gets a simulator of its own, so all can run at once. */
export const RATE_RUNS = WORKLOADS.flatMap((workload) => CONFIGS.map((config) => ({ workload, config })));

export interface RateVerdict {
  pass: boolean;
}

/** Runs every case of RATE_RUNS in parallel, case i against simulator `firstSimulator + i` of `simulators`. */
export async function rateLimitTable(simulators: SimulatorProcess, firstSimulator: number, seconds: number, log: (text: string) => void): Promise<RateVerdict[]> {
  const results = await Promise.all(
    RATE_RUNS.map(async ({ workload, config }, i) => {
      const index = firstSimulator + i;
      const model = `bench-rate@${workload.maxOutputTokens}-${config.name}`;
      // Sized from what the simulator will charge, so each run lasts about `seconds`.
      const perRequest = countPromptTokens(benchMessages(benchItem(rateTaskPrefix(model), 0))) + workload.maxOutputTokens;
      const allowedPerMinute = Math.min(REQUESTS_PER_MINUTE, TOKENS_PER_MINUTE / perRequest);
      const samples = Math.ceil((allowedPerMinute / 60) * seconds);
      await simulators.resetStats(index);
      const args = [simulators.urls[index]!, model, String(workload.maxOutputTokens), String(samples), JSON.stringify(config.limits)];
      const run = await runChild<RateRunResult>("rate-limit-worker.ts", args);
      return { workload, config, samples, run, stats: await simulators.stats(index) };
    }),
  );
  const verdicts: RateVerdict[] = [];
  const rows = results.map(({ workload, config, samples, run, stats }) => {
    const steady = steadyRate(run);
    const requestShare = steady.requestsPerMinute / REQUESTS_PER_MINUTE;
    const tokenShare = steady.tokensPerMinute / TOKENS_PER_MINUTE;
    const utilisation = Math.max(requestShare, tokenShare);
    const refused = stats.requests > 0 ? stats.byOutcome.rate_limited / stats.requests : 0;
    const pass = utilisation >= MIN_UTILISATION && refused < MAX_REFUSED && run.errors === 0;
    verdicts.push({ pass });
    return [
      `${workload.name} (max_tokens ${workload.maxOutputTokens})`,
      config.name,
      `${grouped(run.done)}/${grouped(samples)}`,
      fixed(run.wallMs / 1000, 1),
      `${grouped(steady.requestsPerMinute)} (${fixed(requestShare * 100, 0)}%)`,
      `${grouped(steady.tokensPerMinute)} (${fixed(tokenShare * 100, 0)}%)`,
      requestShare >= tokenShare ? "requests" : "tokens",
      `${grouped(stats.byOutcome.rate_limited)}/${grouped(stats.requests)} (${fixed(refused * 100, 2)}%)`,
      pass ? "PASS" : "FAIL",
    ];
  });
  log(
    formatTable(
      ["workload", "limits", "done", "wall s", `requests/min of ${grouped(REQUESTS_PER_MINUTE)}`, `tokens/min of ${grouped(TOKENS_PER_MINUTE)}`, "binds", "429s (host count)", "verdict"],
      rows,
    ),
  );
  log(
    `    PASS needs >= ${fixed(MIN_UTILISATION * 100, 0)}% of the binding limit, measured from ${SETTLE_MS / 1000} s to the last answer, ` +
      `and < ${fixed(MAX_REFUSED * 100, 0)}% of all requests answered 429 (counted by the simulator over the whole run).\n` +
      "    Tokens are counted as the host charges them: prompt + max_tokens. The four runs go at once, each against its own simulator.",
  );
  return verdicts;
}

function steadyRate(run: RateRunResult): { requestsPerMinute: number; tokensPerMinute: number } {
  let requests = 0;
  let tokens = 0;
  let last = SETTLE_MS;
  run.finishedAtMs.forEach((at, i) => {
    if (at <= SETTLE_MS) return;
    requests++;
    tokens += run.chargedTokens[i] ?? 0;
    last = at;
  });
  const minutes = (last - SETTLE_MS) / 60_000;
  return minutes > 0 ? { requestsPerMinute: requests / minutes, tokensPerMinute: tokens / minutes } : { requestsPerMinute: 0, tokensPerMinute: 0 };
}
