// `realitycheck run FAMILY --model ...`: validate everything, pass the spend gate (a large plan is shown, --yes above
// $1 or 100,000 requests), store the run, execute it with live progress, print the summary.

import type { Config } from "../../config/config-schema.ts";
import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import { enqueueRun } from "../../runner/enqueue-run.ts";
import { checkTargets, prepareRun, startRun, type PreparedRun } from "../../runner/run-session.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { planRun } from "../../runner/plan-run.ts";
import { openSharedWork } from "../../storage/open-shared-work.ts";
import type { Command, CommandIO } from "../command.ts";
import { booleanFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, shownLocation, storagePath } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { columnsSet, terminalWidth } from "../terminal-width.ts";
import { renderRunPlan } from "../render-plan.ts";
import { FAMILY_TOPICS, runOptions, runSpecFromArgs } from "../run-options.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";
import { runArticleCommand } from "./article.ts";
import { printRunSummary } from "../render-summary.ts";
import { resumeHint } from "../resume-hint.ts";

export const runCommand: Command = {
  name: "run",
  summary: "Run a task family against one or more targets (repeat --model to compare hosts side by side).",
  usage: "run <family|suite.yaml> --model provider:model-id [--model ...] [--yes] [--queue] [options]",
  get options() {
    return { ...runOptions(), queue: { type: "boolean" as const } };
  },
  positionals: [1, 1],
  topics: FAMILY_TOPICS,
  async run(parsed, io) {
    // --queue is run's own: the family's flags are checked without it.
    const { queue: queueFlag, ...values } = parsed.values;
    const queue = queueFlag === true;
    const args = { ...parsed, values };
    if (args.positionals[0] === "article") {
      if (queue) throw new ConfigError("the article battery runs in one process; queue its families one by one with run FAMILY --queue");
      return runArticleCommand(args, io);
    }
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const spec = runSpecFromArgs(args, config, io.cwd);
    const prepared = await prepareRun(spec, { config, env: io.env, cwd: io.cwd });
    const targets = planRun(spec, prepared.tasks, config, io.env);
    const judges = planJudges(spec, prepared.tasks, config);
    passSpendGate({
      estimate: spendEstimate([...targets, ...judges]),
      caps: spec.execution.budget,
      yes: booleanFlag(args.values, "yes"),
      what: "this run",
      instead: "lower --trials, or cap it with --max-requests or --max-cost",
      plan: () => renderRunPlan(prepared.tasks, spec.trials, targets, judges, terminalWidth(io.stdout, io.env)),
      out: io.stdout,
    });
    if (!booleanFlag(args.values, "skip-preflight")) await checkTargets([prepared], io);
    const location = storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env);
    if (queue) return enqueue(prepared, location, config, io);
    const opened = await openStore(location, { credentials: credentialsInUse(io.env, config.providers) });
    try {
      const progress = new ProgressRenderer({ out: io.stderr, width: columnsSet(io.env) });
      const { runId, outcome } = await startRun(prepared, {
        config,
        env: io.env,
        cwd: io.cwd,
        store: opened.store,
        onEvent: progress.listener,
        signal: io.signal,
        clock: io.clock,
      });
      await printRunSummary(io.stdout, opened.store, runId, io.cwd, { width: terminalWidth(io.stdout, io.env) });
      io.stdout.write(`results: ${opened.shown} (run ${runId})\n`);
      const hint = resumeHint(runId, outcome.status, args.values);
      if (hint) io.stderr.write(`${hint}\n`);
      return outcome.status === "completed" ? 0 : outcome.status === "interrupted" ? 130 : 1;
    } finally {
      await opened.close();
    }
  },
};

/** `--queue`: the run is stored and its samples put in the shared queue; `worker` processes ask them. */
async function enqueue(prepared: PreparedRun, location: string, config: Config, io: CommandIO): Promise<number> {
  const shared = await openSharedWork(location, { credentials: credentialsInUse(io.env, config.providers) });
  try {
    const { runId, queued } = await enqueueRun(prepared, {
      config,
      env: io.env,
      cwd: io.cwd,
      store: shared.store,
      queue: shared.queue,
      sharedLimit: shared.sharedLimit,
      onEvent: new ProgressRenderer({ out: io.stderr }).listener,
      signal: io.signal,
    });
    io.stdout.write(`run ${runId}: ${queued} samples queued in ${shownLocation(location)}\n`);
    io.stdout.write(`start workers with \`realitycheck worker\` on any machine with the same database; follow with \`realitycheck show ${runId}\` or \`realitycheck view\`\n`);
    return 0;
  } finally {
    await shared.close();
  }
}
