// How a family of tasks is declared: validated options in, a Task out. The registry maps names to families.

import type { z } from "zod";
import type { Item } from "../core/item.ts";
import type { Task } from "../core/task.ts";

export interface BuildContext {
  seed: number;
  cwd: string;
  /** On resume, the items stored with the run: a family rebuilds from them instead of re-reading or regenerating. */
  storedItems?: Item[];
}

export interface TaskFamily<S extends z.ZodType = z.ZodType> {
  name: string;
  summary: string;
  optionsSchema: S;
  build(options: z.output<S>, context: BuildContext): Promise<Task>;
}
