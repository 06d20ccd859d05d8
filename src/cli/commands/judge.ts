// `realitycheck judge RUN --judge X`: pairwise judging of a finished run's targets, every pair of answers in both
// orders, into Bradley-Terry ratings (plain and length-controlled) with bootstrap intervals. The verdicts are asked
// through a pipeline of the run: recorded with it and cached, so judging a run again pays nothing twice.

import { loadConfig } from "../../config/load-config.ts";
import { wallClock } from "../../core/clock.ts";
import { collect } from "../../core/collect.ts";
import { ConfigError } from "../../core/errors.ts";
import type { ScoredSample } from "../../core/task.ts";
import { modelVendor } from "../../judging/model-vendor.ts";
import { judgePool } from "../../runner/judge-models.ts";
import { judgePairwise, pairwiseLoad } from "../../runner/pairwise-judging.ts";
import { pairwiseRatingsRecord } from "../../runner/pairwise-ratings-record.ts";
import { preflight } from "../../runner/preflight.ts";
import { costOf, priceLookup } from "../../runner/pricing.ts";
import { RequestPipeline } from "../../runner/request-pipeline.ts";
import { leaseSettings, RunLeaseKeeper } from "../../runner/run-lease-keeper.ts";
import { fitLines } from "../fit-lines.ts";
import { terminalWidth } from "../terminal-width.ts";
import { renderRatings } from "../render-ratings.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import type { Command } from "../command.ts";
import { booleanFlag, listFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { DEFAULT_TIMEOUT_SECONDS, SKIP_PREFLIGHT_OPTION } from "../run-options.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";

export const judgeCommand: Command = {
  name: "judge",
  summary: "Pairwise-judge a run's targets in both orders: Bradley-Terry ratings, plain and length-controlled, with intervals.",
  usage: "judge <run> --judge target [--judge ...] [--task id] [--force-judges] [--yes] [--db path]",
  options: { config: { type: "string" }, db: { type: "string" }, judge: { type: "string", multiple: true }, task: { type: "string" }, "force-judges": { type: "boolean" }, yes: { type: "boolean" }, ...SKIP_PREFLIGHT_OPTION },
  positionals: [1, 1],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const refs = listFlag(args.values, "judge").flatMap((v) => v.split(",")).filter(Boolean);
    if (refs.length === 0) throw new ConfigError("name at least one judge (a config target or provider:model)", "--judge");
    const timeoutMs = 1000 * (config.defaults?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS);
    const pool = judgePool({ config, env: io.env, cwd: io.cwd, retry: DEFAULT_RETRY_POLICY, timeoutMs });
    const judges = refs.map(pool.resolve);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true, credentials: credentialsInUse(io.env, config.providers) });
    try {
      const run = (await opened.store.getRun(await opened.store.resolveRunId(args.positionals[0]!)))!;
      if (run.targets.length < 2) throw new ConfigError(`run ${run.id} has one target: pairwise judging needs two or more`);
      const taskId = stringFlag(args.values, "task") ?? run.tasks[0]!.id;
      if (!run.tasks.some((t) => t.id === taskId)) throw new ConfigError(`run ${run.id} has no task "${taskId}" (tasks: ${run.tasks.map((t) => t.id).join(", ")})`, "--task");
      for (const judge of judges) {
        const maker = modelVendor(judge.model, judge.vendor);
        const same = run.targets.find((t) => maker && maker === modelVendor(t.model, t.vendor));
        if (!same) continue;
        if (!booleanFlag(args.values, "force-judges")) throw new ConfigError(`judge ${judge.id} is made by ${maker}, like ${same.id}: a judge never grades its own maker's models (--force-judges allows it)`, "--judge");
        io.stderr.write(`${fitLines([`warning: judge ${judge.id} grades ${same.id}, made by the same maker (${maker}); expect self-preference`], terminalWidth(io.stderr, io.env)).join("\n")}\n`);
      }
      const samples = new Map<string, ScoredSample[]>();
      for (const t of run.targets) samples.set(t.id, await collect(opened.store.samples(run.id, { targetId: t.id, taskId })));
      const load = pairwiseLoad(samples);
      const prices = priceLookup(config.pricing);
      const rows = judges.map((judge) => ({ judge, ...load, costUsd: costOf(prices(judge), load) }));
      passSpendGate({
        estimate: spendEstimate(rows),
        yes: booleanFlag(args.values, "yes"),
        what: `judging run ${run.id}`,
        instead: "judge one --task, or fewer judges",
        plan: () => `${fitLines(rows.map((r) => `judge ${r.judge.id}: ${r.requests.toLocaleString("en")} requests, ${r.inputTokens.toLocaleString("en")} input tokens, at most $${r.costUsd.toFixed(2)}`), terminalWidth(io.stdout, io.env)).join("\n")}\n`,
        out: io.stdout,
      });
      if (!booleanFlag(args.values, "skip-preflight")) await preflight(pool.checks(), { retry: DEFAULT_RETRY_POLICY, timeoutMs, signal: io.signal, clock: io.clock });
      // The verdicts are stored with the run: no other process may be executing it meanwhile.
      const lease = await RunLeaseKeeper.claim(run.id, { store: opened.store, clock: io.clock ?? wallClock, settings: leaseSettings(io.env) });
      try {
        let judged = 0;
        const pipeline = new RequestPipeline({ runId: run.id, store: opened.store, cache: true, budget: {}, retry: DEFAULT_RETRY_POLICY, timeoutMs, prices, onEvent: () => undefined, signal: io.signal, clock: io.clock });
        lease.onLost = (error) => pipeline.fail(error);
        pool.bind(pipeline);
        const results = await judgePairwise({ samples, judges, onJudged: () => void (++judged % 50 === 0 && io.stderr.write(`  ${judged} pairs judged\n`)) }).finally(() => pipeline.close());
        // Stored with the run (replacing an earlier judging of this task), so `show` and the reports present them.
        const simulated = run.targets.some((t) => t.simulated) || judges.some((j) => j.simulated);
        const ratings = pairwiseRatingsRecord({ runId: run.id, taskId, simulated, computedAt: Date.now() }, results);
        await opened.store.savePairwiseRatings(ratings);
        io.stdout.write(renderRatings(ratings, terminalWidth(io.stdout, io.env)));
        return 0;
      } finally {
        await lease.release();
      }
    } finally {
      await opened.close();
    }
  },
};
