// `realitycheck runs`: the stored runs, newest first; a run left "running" by a process that is gone reads as
// interrupted (process gone) once its lease lapses.

import { loadConfig } from "../../config/load-config.ts";
import { wallClock } from "../../core/clock.ts";
import { wrapText } from "../../core/wrap-text.ts";
import { runState, runStateLabel } from "../../core/run-lease.ts";
import type { Command } from "../command.ts";
import { numberFlag, stringFlag } from "../flag-values.ts";
import { openStore, storagePath } from "../open-store.ts";
import { terminalWidth } from "../terminal-width.ts";

export const runsCommand: Command = {
  name: "runs",
  summary: "List stored runs, newest first.",
  usage: "runs [--limit N] [--db path]",
  options: { config: { type: "string" }, db: { type: "string" }, limit: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const limit = numberFlag(args.values, "limit", { integer: true, min: 1 }) ?? 50;
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const opened = await openStore(storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env), { mustExist: true });
    try {
      const runs = await opened.store.listRuns(limit);
      if (runs.length === 0) {
        io.stdout.write(`no runs in ${opened.shown}\n`);
        return 0;
      }
      const now = (io.clock ?? wallClock).now();
      const width = terminalWidth(io.stdout, io.env);
      for (const run of runs) {
        const when = new Date(run.createdAt).toISOString().replace("T", " ").slice(0, 19);
        const sim = run.simulated ? " [simulated]" : "";
        const state = runStateLabel(runState(run.status, run.lease, now));
        const by = run.origin ? `  by ${run.origin.user}@${run.origin.host}` : "";
        const head = `${run.id}  ${when}  ${state.padEnd(16)} ${run.done} done ${run.errors} errors  `;
        io.stdout.write(`${runLines(head, `${run.tasks.join(",")} × ${run.targets.join(", ")}${sim}${by}`, width).join("\n")}\n`);
      }
      return 0;
    } finally {
      await opened.close();
    }
  },
};

/** A run's line: its aligned columns, then what it ran as far as fits, the rest wrapped beneath, indented. */
function runLines(head: string, what: string, width: number): string[] {
  if (head.length >= width) return wrapText(`${head}${what}`, width, "    ");
  const words = what.split(" ");
  let first = head;
  while (words.length > 0 && first.length + (first === head ? 0 : 1) + words[0]!.length <= width) first += `${first === head ? "" : " "}${words.shift()!}`;
  return [first.trimEnd(), ...(words.length === 0 ? [] : wrapText(`    ${words.join(" ")}`, width, "    "))];
}
