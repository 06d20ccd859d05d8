// `realitycheck plan FAMILY --model ...`: the run's size and estimated cost per target, with nothing sent and nothing stored.

import { loadConfig } from "../../config/load-config.ts";
import { buildTasks } from "../../families/build-tasks.ts";
import { judgeResolver } from "../../runner/judge-models.ts";
import { adaptiveCapNotes, planRun } from "../../runner/plan-run.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { RUN_OPTIONS, runSpecFromArgs } from "../run-options.ts";
import { planArticle } from "./article.ts";

export const planCommand: Command = {
  name: "plan",
  summary: "Dry run: requests, estimated tokens and cost per target. Sends nothing, stores nothing.",
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
    const judge = judgeResolver({ config, env: io.env, cwd: io.cwd, retry: DEFAULT_RETRY_POLICY, timeoutMs: spec.execution.timeoutMs });
    const tasks = await buildTasks(spec, io.cwd, { judge });
    const plans = planRun(spec, tasks, config, io.env);
    io.stdout.write(`plan: ${tasks.map((t) => `${t.id} (${t.items.length} items)`).join(", ")} × ${spec.trials} trial(s)\n`);
    io.stdout.write("target                                     requests   input tokens  output tokens (max)  est. cost\n");
    let total = 0;
    let unknown = false;
    for (const plan of plans) {
      const name = plan.simulated ? `${plan.targetId} [simulated]` : plan.targetId;
      const cost = plan.costUsd === undefined ? "unknown price" : `$${plan.costUsd.toFixed(4)}`;
      if (plan.costUsd === undefined) unknown = true;
      total += plan.costUsd ?? 0;
      io.stdout.write(`${name.padEnd(42)} ${String(plan.requests).padStart(8)} ${String(plan.inputTokens).padStart(14)} ${String(plan.outputTokens).padStart(20)}  ${cost}\n`);
      if (plan.problem) io.stdout.write(`  ! ${plan.problem}\n`);
    }
    io.stdout.write(`estimated total: $${total.toFixed(4)}${unknown ? " plus targets of unknown price (add them under `pricing:` in the config)" : ""}\n`);
    io.stdout.write("input tokens are estimated at ~4 characters per token; output assumes every answer uses its token cap\n");
    for (const note of adaptiveCapNotes(tasks, spec.trials)) io.stdout.write(`! adaptive sampling: ${note}\n`);
    return plans.some((plan) => plan.problem) ? 1 : 0;
  },
};
