// `realitycheck resume RUN`: asks only the samples the run is missing (with --retry-errors, also those that ended in an
// error other than a finding such as a prompt too long); budgets may be raised with the usual flags.
// What is left passes the spend gate like a new run: a large remainder is shown first, --yes above $1 or 100,000 requests.

import { loadConfig } from "../../config/load-config.ts";
import type { BudgetCaps } from "../../runner/budget-tracker.ts";
import { resumePlan } from "../../runner/resume-plan.ts";
import { openResumedRun } from "../../runner/run-session.ts";
import type { Command, ParsedCommandArgs } from "../command.ts";
import { booleanFlag, numberFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { columnsSet, terminalWidth } from "../terminal-width.ts";
import { renderPlanRows } from "../render-plan.ts";
import { printRunSummary } from "../render-summary.ts";
import { SKIP_PREFLIGHT_OPTION } from "../run-options.ts";
import { resumeHint } from "../resume-hint.ts";
import { passSpendGate, spendEstimate } from "../spend-gate.ts";

export const resumeCommand: Command = {
  name: "resume",
  summary: "Finish a run that stopped (killed, interrupted, budget reached), asking only what is missing.",
  usage: "resume <run-id|prefix|last> [--retry-errors] [--max-requests N] [--max-tokens N] [--max-cost USD] [--yes]",
  options: {
    config: { type: "string" },
    db: { type: "string" },
    "max-requests": { type: "string" },
    "max-tokens": { type: "string" },
    "max-cost": { type: "string" },
    ...SKIP_PREFLIGHT_OPTION,
    "retry-errors": { type: "boolean" },
    yes: { type: "boolean" },
  },
  positionals: [1, 1],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true, credentials: credentialsInUse(io.env, config.providers) });
    try {
      // Before any judge or target is checked: a finished run has nothing to ask, whichever hosts are up today, unless
      // its errored samples are to be asked again.
      const retryErrors = booleanFlag(args.values, "retry-errors");
      const stored = await opened.store.getRun(await opened.store.resolveRunId(args.positionals[0]!));
      if (stored?.status === "completed" && !retryErrors) {
        io.stdout.write(`run ${stored.id} is already complete: nothing to ask (realitycheck show ${stored.id} prints its results)\n`);
        return 0;
      }
      const progress = new ProgressRenderer({ out: io.stderr, width: columnsSet(io.env) });
      const deps = { config, env: io.env, cwd: io.cwd, store: opened.store, onEvent: progress.listener, signal: io.signal, clock: io.clock, skipPreflight: booleanFlag(args.values, "skip-preflight") };
      const resumed = await openResumedRun(args.positionals[0]!, deps, { budget: budgetFlags(args), retryErrors });
      try {
        if (resumed.askedAgain.size > 0) {
          const kinds = [...resumed.askedAgain].map(([kind, n]) => `${n} ${kind}`).join(", ");
          io.stderr.write(`asking again the samples that ended in error: ${kinds} (their earlier attempts are kept)\n`);
        }
        const plan = resumePlan(resumed.spec, resumed.tasks, resumed.pending, config, io.env);
        const { budget, spent } = resumed;
        passSpendGate({
          estimate: spendEstimate([...plan.targets, ...plan.judges]),
          // What earlier sessions spent counts against the caps: only the rest may still be spent.
          caps: {
            maxRequests: budget.maxRequests === undefined ? undefined : budget.maxRequests - spent.requests,
            maxTokens: budget.maxTokens === undefined ? undefined : budget.maxTokens - spent.tokens,
            maxCostUsd: budget.maxCostUsd === undefined ? undefined : budget.maxCostUsd - spent.costUsd,
          },
          yes: booleanFlag(args.values, "yes"),
          what: `finishing run ${resumed.runId}`,
          instead: "cap it with --max-requests or --max-cost",
          plan: () => `still to ask in run ${resumed.runId}:\n${renderPlanRows(plan.targets, plan.judges, terminalWidth(io.stdout, io.env))}`,
          out: io.stdout,
        });
        const outcome = await resumed.execute();
        await printRunSummary(io.stdout, opened.store, resumed.runId, io.cwd, { width: terminalWidth(io.stdout, io.env) });
        io.stdout.write(`results: ${opened.shown} (run ${resumed.runId})\n`);
        const hint = resumeHint(resumed.runId, outcome.status, args.values);
        if (hint) io.stderr.write(`${hint}\n`);
        return outcome.status === "completed" ? 0 : outcome.status === "interrupted" ? 130 : 1;
      } finally {
        await resumed.close();
      }
    } finally {
      await opened.close();
    }
  },
};

function budgetFlags(args: ParsedCommandArgs): BudgetCaps {
  const budget: BudgetCaps = {};
  const maxRequests = numberFlag(args.values, "max-requests", { integer: true, min: 1 });
  const maxTokens = numberFlag(args.values, "max-tokens", { integer: true, min: 1 });
  const maxCostUsd = numberFlag(args.values, "max-cost", { min: 0 });
  if (maxRequests !== undefined) budget.maxRequests = maxRequests;
  if (maxTokens !== undefined) budget.maxTokens = maxTokens;
  if (maxCostUsd !== undefined) budget.maxCostUsd = maxCostUsd;
  return budget;
}
