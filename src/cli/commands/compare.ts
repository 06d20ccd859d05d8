// `realitycheck compare RUN [RUN2]`: two deployments of one model side by side on identical samples (two targets
// of one run, or one target from each of two runs): answers, errors, refusals and style, and whether they behave
// like different models.

import { loadConfig } from "../../config/load-config.ts";
import { ConfigError } from "../../core/errors.ts";
import { collect } from "../../core/collect.ts";
import type { RunRecords } from "../../core/run-store.ts";
import type { ScoredSample } from "../../core/task.ts";
import { diffTask, summarizeDifferences } from "../../reports/deployment-diff.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";
import { renderDeploymentDiff, type ComparedSide } from "../render-diff.ts";
import { terminalWidth } from "../terminal-width.ts";

export const compareCommand: Command = {
  name: "compare",
  summary: "Compare two deployments of a model on identical samples, items as the unit: accuracy (McNemar), errors, refusals, style; adjusted for multiple tests.",
  usage: "compare <run> [<run2>] [--a target] [--b target] [--db path]",
  options: { config: { type: "string" }, db: { type: "string" }, a: { type: "string" }, b: { type: "string" } },
  positionals: [1, 2],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true });
    try {
      const [first, second] = args.positionals as [string, string | undefined];
      const a = await side(opened.store, first, stringFlag(args.values, "a"), second === undefined ? 0 : undefined, "--a");
      const b = await side(opened.store, second ?? first, stringFlag(args.values, "b"), second === undefined ? 1 : undefined, "--b");
      if (a.runId === b.runId && a.targetId === b.targetId) throw new ConfigError("both sides name the same target of the same run", "--b");
      const tasks = a.taskIds.filter((taskId) => b.taskIds.includes(taskId));
      if (tasks.length === 0) throw new ConfigError(`the two sides share no task (${a.taskIds.join(", ")} vs ${b.taskIds.join(", ")})`);
      const samplesOf = (s: ComparedSide, taskId: string): Promise<ScoredSample[]> => collect(opened.store.samples(s.runId, { targetId: s.targetId, taskId }));
      const diffs = [];
      for (const taskId of tasks) diffs.push(diffTask(taskId, await samplesOf(a, taskId), await samplesOf(b, taskId), a.groupBy(taskId)));
      io.stdout.write(renderDeploymentDiff(a, b, summarizeDifferences(diffs), terminalWidth(io.stdout, io.env)));
      return 0;
    } finally {
      await opened.close();
    }
  },
};

/** One side: a run and one of its targets, named by flag or, for a run with exactly two targets, by position. */
async function side(
  store: RunRecords,
  runRef: string,
  target: string | undefined,
  position: number | undefined,
  flag: string,
): Promise<ComparedSide & { taskIds: string[]; groupBy(taskId: string): string[] }> {
  const run = (await store.getRun(await store.resolveRunId(runRef)))!;
  const ids = run.targets.map((t) => t.id);
  let targetId = target;
  if (targetId === undefined) {
    if (position !== undefined && ids.length === 2) targetId = ids[position];
    else if (position === undefined && ids.length === 1) targetId = ids[0];
    else throw new ConfigError(`run ${run.id} has targets ${ids.join(", ")}: say which with ${flag}`, flag);
  }
  const spec = run.targets.find((t) => t.id === targetId);
  if (!spec) throw new ConfigError(`run ${run.id} has no target "${targetId}" (targets: ${ids.join(", ")})`, flag);
  return { runId: run.id, targetId: spec.id, simulated: spec.simulated, taskIds: run.tasks.map((t) => t.id), groupBy: (taskId) => run.tasks.find((t) => t.id === taskId)?.groupBy ?? [] };
}
