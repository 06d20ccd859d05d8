// `realitycheck plan FAMILY --model ...`: the run's size and estimated cost per target, with nothing sent and nothing stored.

import { loadConfig } from "../../config/load-config.ts";
import type { TargetSpec } from "../../core/target.ts";
import type { BenchmarkName } from "../../families/benchmark/benchmark-definition.ts";
import { planTasks } from "../../families/build-tasks.ts";
import { judgePool } from "../../runner/judge-models.ts";
import { planJudges } from "../../runner/plan-judges.ts";
import { adaptiveCapNotes, planRun } from "../../runner/plan-run.ts";
import { priceLookup } from "../../runner/pricing.ts";
import { DEFAULT_RETRY_POLICY } from "../../runner/retry-policy.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { renderBenchmarkPlan } from "../render-benchmark-plan.ts";
import { FAMILY_TOPICS, runOptions, runSpecFromArgs } from "../run-options.ts";
import { renderPlanRows } from "../render-plan.ts";
import { planArticle } from "./article.ts";
import { fitLines } from "../fit-lines.ts";
import { terminalWidth } from "../terminal-width.ts";

export const planCommand: Command = {
  name: "plan",
  summary: "Dry run: requests, estimated tokens and cost per target and per judge, and the judges' share. Sends nothing, stores nothing.",
  usage: "plan <family|suite.yaml> --model provider:model-id [--model ...] [options]",
  get options() {
    return runOptions();
  },
  positionals: [1, 1],
  topics: FAMILY_TOPICS,
  async run(args, io) {
    const loaded = loadConfig(stringFlag(args.values, "config"), io.cwd);
    if (args.positionals[0] === "article") {
      const plan = await planArticle(args, loaded, io);
      io.stdout.write(`${fitLines(plan.planLines, terminalWidth(io.stdout, io.env)).join("\n")}\n`);
      return 0;
    }
    const { config } = loaded;
    const spec = runSpecFromArgs(args, config, io.cwd);
    // Judges are resolved (their keys checked) but never called: a plan sends nothing.
    const judges = judgePool({ config, env: io.env, cwd: io.cwd, retry: DEFAULT_RETRY_POLICY, timeoutMs: spec.execution.timeoutMs });
    const { tasks, sizes } = await planTasks(spec, io.cwd, { judge: judges.resolve, env: io.env });
    const plans = planRun(spec, tasks, config, io.env, sizes);
    const sized = [...tasks.map((t) => `${t.id} (${t.items.length} items)`), ...sizes.map((s) => `${s.taskId} (${s.items} items)`)];
    const width = terminalWidth(io.stdout, io.env);
    io.stdout.write(`${fitLines([`plan: ${sized.join(", ")} × ${spec.trials} trial(s)`], width).join("\n")}\n`);
    io.stdout.write(renderPlanRows(plans, planJudges(spec, tasks, config), width));
    for (const note of adaptiveCapNotes(tasks, spec.trials)) io.stdout.write(`${fitLines([`! adaptive sampling: ${note}`], width).join("\n")}\n`);
    const prices = priceLookup(config.pricing);
    for (const entry of spec.tasks) {
      if (entry.family !== "benchmark") continue;
      const benchmark = entry.options.benchmark as BenchmarkName;
      const size = sizes.find((s) => s.taskId === ((entry.options.id as string | undefined) ?? benchmark));
      if (size) io.stdout.write(`${fitLines(renderBenchmarkPlan(benchmark, size, spec.targets as TargetSpec[], plans, prices, spec.trials), width).join("\n")}\n`);
    }
    return plans.some((plan) => plan.problem) ? 1 : 0;
  },
};
