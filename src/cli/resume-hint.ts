// The exact command that finishes a run which stopped short, with the flags that found its store and config, so a
// user who pressed Ctrl-C can paste it as printed.

import type { ParsedCommandArgs } from "./command.ts";
import { stringFlag } from "./flag-values.ts";

export function resumeCommandLine(runId: string, values: ParsedCommandArgs["values"]): string {
  const words = ["realitycheck", "resume", runId];
  for (const flag of ["db", "config"]) {
    const value = stringFlag(values, flag);
    if (value !== undefined) words.push(`--${flag}`, shellWord(value));
  }
  return words.join(" ");
}

/** What to print when a run ends `status`: how to finish it, or nothing when there is nothing to finish. */
export function resumeHint(runId: string, status: string, values: ParsedCommandArgs["values"]): string | undefined {
  if (status === "interrupted") return `to finish it: ${resumeCommandLine(runId, values)}`;
  if (status === "budget_exhausted") return `to finish it with a larger budget: ${resumeCommandLine(runId, values)} --max-cost USD (or --max-requests N, --max-tokens N)`;
  return undefined;
}

function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
