// `realitycheck show RUN`: the run's verdicts, context probes and pairwise ratings, then per task one table of its
// headline metrics (targets across, 95% intervals), fitted to the terminal; --full adds breakdowns and heatmaps,
// --task one task only, --json the same numbers for a program.

import { loadConfig } from "../../config/load-config.ts";
import { wallClock } from "../../core/clock.ts";
import { ConfigError } from "../../core/errors.ts";
import { loadRunMetrics } from "../../runner/run-metrics.ts";
import type { Command } from "../command.ts";
import { booleanFlag, stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";
import { renderRunSummary } from "../render-summary.ts";
import { terminalWidth } from "../terminal-width.ts";
import { showJson } from "../show-json.ts";

export const showCommand: Command = {
  name: "show",
  summary: "Show a run's verdicts, probes, ratings and metrics with 95% intervals, one table per task with targets side by side.",
  usage: "show <run-id|prefix|last> [--task id] [--full] [--json] [--db path]",
  options: { config: { type: "string" }, db: { type: "string" }, task: { type: "string" }, full: { type: "boolean" }, json: { type: "boolean" } },
  positionals: [1, 1],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true });
    try {
      const loaded = await loadRunMetrics(opened.store, args.positionals[0]!, io.cwd);
      const taskId = stringFlag(args.values, "task");
      if (taskId !== undefined && !loaded.run.tasks.some((t) => t.id === taskId)) {
        throw new ConfigError(`run ${loaded.run.id} has no task "${taskId}" (tasks: ${loaded.run.tasks.map((t) => t.id).join(", ")})`, "--task");
      }
      if (booleanFlag(args.values, "json")) {
        io.stdout.write(`${JSON.stringify(await showJson(opened.store, loaded, taskId), null, 2)}\n`);
        return 0;
      }
      const now = (io.clock ?? wallClock).now();
      const lines = await renderRunSummary(opened.store, loaded, { now, width: terminalWidth(io.stdout, io.env), full: booleanFlag(args.values, "full"), taskId, findings: true });
      io.stdout.write(`${lines.join("\n")}\n`);
      return 0;
    } finally {
      await opened.close();
    }
  },
};
