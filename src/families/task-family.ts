// How a family of tasks is declared: validated options in, a Task out. The registry maps names to families.

import type { z } from "zod";
import type { Item } from "../core/item.ts";
import type { JudgeResolver } from "../core/judge.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";

export interface BuildContext {
  seed: number;
  cwd: string;
  /** On resume, the items stored with the run: a family rebuilds from them instead of re-reading or regenerating. */
  storedItems?: Item[];
  /** The run's targets, for families that prepare per-target resources (tokenizers) before any prompt is built. */
  targets?: readonly TargetSpec[];
  /** Resolves judge names for families with judge-backed scorers; absent where no judge can be called. */
  judge?: JudgeResolver;
}

export interface TaskFamily<S extends z.ZodObject = z.ZodObject> {
  name: string;
  summary: string;
  optionsSchema: S;
  /** Options that name files: in a suite file they are relative to the suite, not to the working directory. */
  pathOptions?: readonly string[];
  build(options: z.output<S>, context: BuildContext): Promise<Task>;
}
