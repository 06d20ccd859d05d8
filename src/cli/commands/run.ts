// `realitycheck run FAMILY --model ...`: validate everything, pass the spend gate (a large plan is shown, --yes above
// $1 or 100,000 requests), store the run, execute it with live progress, print the summary.

import { loadConfig } from "../../config/load-config.ts";
import { checkTargets, prepareRun, startRun } from "../../runner/run-session.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { planRun } from "../../runner/plan-run.ts";
import type { Command } from "../command.ts";
import { booleanFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { renderRunPlan } from "../render-plan.ts";
import { FAMILY_TOPICS, runOptions, runSpecFromArgs } from "../run-options.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";
import { runArticleCommand } from "./article.ts";
import { printRunSummary } from "../render-summary.ts";
import { resumeHint } from "../resume-hint.ts";

export const runCommand: Command = {
  name: "run",
  summary: "Run a task family against one or more targets (repeat --model to compare hosts side by side).",
  usage: "run <family|suite.yaml> --model provider:model-id [--model ...] [--yes] [options]",
  get options() {
    return runOptions();
  },
  positionals: [1, 1],
  topics: FAMILY_TOPICS,
  async run(args, io) {
    if (args.positionals[0] === "article") return runArticleCommand(args, io);
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
      plan: () => renderRunPlan(prepared.tasks, spec.trials, targets, judges),
      out: io.stdout,
    });
    if (!booleanFlag(args.values, "skip-preflight")) await checkTargets([prepared], io);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { credentials: credentialsInUse(io.env, config.providers) });
    try {
      const progress = new ProgressRenderer({ out: io.stderr });
      const { runId, outcome } = await startRun(prepared, {
        config,
        env: io.env,
        cwd: io.cwd,
        store: opened.store,
        onEvent: progress.listener,
        signal: io.signal,
        clock: io.clock,
      });
      await printRunSummary(io.stdout, opened.store, runId, io.cwd);
      io.stdout.write(`results: ${opened.shown} (run ${runId})\n`);
      const hint = resumeHint(runId, outcome.status, args.values);
      if (hint) io.stderr.write(`${hint}\n`);
      return outcome.status === "completed" ? 0 : outcome.status === "interrupted" ? 130 : 1;
    } finally {
      await opened.close();
    }
  },
};
