// `realitycheck resume RUN`: asks only the samples the run is missing; budgets may be raised with the usual flags.

import { loadConfig } from "../../config/load-config.ts";
import { resumeRun } from "../../runner/run-session.ts";
import type { Command } from "../command.ts";
import { booleanFlag, numberFlag, stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { printRunSummary } from "../render-summary.ts";
import { SKIP_PREFLIGHT_OPTION } from "../run-options.ts";
import { resumeHint } from "../resume-hint.ts";

export const resumeCommand: Command = {
  name: "resume",
  summary: "Finish a run that stopped (killed, interrupted, budget reached), asking only what is missing.",
  usage: "resume <run-id|prefix|last> [--max-requests N] [--max-tokens N] [--max-cost USD]",
  options: {
    config: { type: "string" },
    db: { type: "string" },
    "max-requests": { type: "string" },
    "max-tokens": { type: "string" },
    "max-cost": { type: "string" },
    ...SKIP_PREFLIGHT_OPTION,
  },
  positionals: [1, 1],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd), { mustExist: true, credentials: credentialsInUse(io.env, config.providers) });
    try {
      // Before any judge or target is checked: a finished run has nothing to ask, whichever hosts are up today.
      const stored = await opened.store.getRun(await opened.store.resolveRunId(args.positionals[0]!));
      if (stored?.status === "completed") {
        io.stdout.write(`run ${stored.id} is already complete: nothing to ask (realitycheck show ${stored.id} prints its results)\n`);
        return 0;
      }
      const budget: Record<string, number> = {};
      const maxRequests = numberFlag(args.values, "max-requests", { integer: true, min: 1 });
      const maxTokens = numberFlag(args.values, "max-tokens", { integer: true, min: 1 });
      const maxCostUsd = numberFlag(args.values, "max-cost", { min: 0 });
      if (maxRequests !== undefined) budget.maxRequests = maxRequests;
      if (maxTokens !== undefined) budget.maxTokens = maxTokens;
      if (maxCostUsd !== undefined) budget.maxCostUsd = maxCostUsd;
      const progress = new ProgressRenderer({ out: io.stderr });
      const { runId, outcome } = await resumeRun(
        args.positionals[0]!,
        { config, env: io.env, cwd: io.cwd, store: opened.store, onEvent: progress.listener, signal: io.signal, clock: io.clock, skipPreflight: booleanFlag(args.values, "skip-preflight") },
        budget,
      );
      await printRunSummary(io.stdout, opened.store, runId, io.cwd);
      io.stdout.write(`results: ${opened.path} (run ${runId})\n`);
      const hint = resumeHint(runId, outcome.status, args.values);
      if (hint) io.stderr.write(`${hint}\n`);
      return outcome.status === "completed" ? 0 : outcome.status === "interrupted" ? 130 : 1;
    } finally {
      await opened.close();
    }
  },
};
