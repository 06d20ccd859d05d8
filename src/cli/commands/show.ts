// `realitycheck show RUN`: metrics with 95% intervals per task, target and group.

import { loadConfig } from "../../config/load-config.ts";
import { wallClock } from "../../core/clock.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";
import { printRunSummary } from "../render-summary.ts";

export const showCommand: Command = {
  name: "show",
  summary: "Show a run's metrics with 95% intervals per task, target and group.",
  usage: "show <run-id|prefix|last> [--db path]",
  options: { config: { type: "string" }, db: { type: "string" } },
  positionals: [1, 1],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true });
    try {
      await printRunSummary(io.stdout, opened.store, args.positionals[0]!, io.cwd, (io.clock ?? wallClock).now());
      return 0;
    } finally {
      await opened.close();
    }
  },
};
