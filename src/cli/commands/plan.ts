// `realitycheck plan FAMILY --model ...`: the run's size and estimated cost per target, with nothing sent and nothing stored.

import { loadConfig } from "../../config/load-config.ts";
import { buildTasks } from "../../families/build-tasks.ts";
import { judgePool } from "../../runner/judge-models.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { adaptiveCapNotes, planRun } from "../../runner/plan-run.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { RUN_OPTIONS, runSpecFromArgs } from "../run-options.ts";
import { renderPlanRows } from "../render-plan.ts";
import { planArticle } from "./article.ts";

export const planCommand: Command = {
  name: "plan",
  summary: "Dry run: requests, estimated tokens and cost per target and per judge, and the judges' share. Sends nothing, stores nothing.",
  usage: "plan <family|suite.yaml> --model provider:model-id [--model ...] [options]",
  options: RUN_OPTIONS,
  positionals: [1, 1],
  async run(args, io) {
    const loaded = loadConfig(stringFlag(args.values, "config"), io.cwd);
    if (args.positionals[0] === "article") {
      const plan = await planArticle(args, loaded, io);
      io.stdout.write(`${plan.planLines.join("\n")}\nworst case: $${plan.worstCaseUsd.toFixed(2)} (targets of unknown price not counted)\n`);
      return 0;
    }
    const { config } = loaded;
    const spec = runSpecFromArgs(args, config, io.cwd);
    // Judges are resolved (their keys checked) but never called: a plan sends nothing.
    const judges = judgePool({ config, env: io.env, cwd: io.cwd, retry: DEFAULT_RETRY_POLICY, timeoutMs: spec.execution.timeoutMs });
    const tasks = await buildTasks(spec, io.cwd, { judge: judges.resolve });
    const plans = planRun(spec, tasks, config, io.env);
    io.stdout.write(`plan: ${tasks.map((t) => `${t.id} (${t.items.length} items)`).join(", ")} × ${spec.trials} trial(s)\n`);
    io.stdout.write(renderPlanRows(plans, planJudges(spec, tasks, config)));
    for (const note of adaptiveCapNotes(tasks, spec.trials)) io.stdout.write(`! adaptive sampling: ${note}\n`);
    return plans.some((plan) => plan.problem) ? 1 : 0;
  },
};
