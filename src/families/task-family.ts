// How a family of tasks is declared: validated options in, a Task out. A family is one folder,
// families/<name>/<name>-family.ts exporting it; the registry finds it there, and the CLI, help, plan, show and the
// reports take everything they need from it.

import type { z } from "zod";
import type { Item, Metadata } from "../core/item.ts";
import type { JudgeResolver } from "../core/judge.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { FamilyFlags } from "./family-flags.ts";

export interface BuildContext {
  seed: number;
  cwd: string;
  /** On resume, the items stored with the run: a family rebuilds from them instead of re-reading or regenerating. */
  storedItems?: Item[];
  /** On resume, the task's params as stored (where a family recorded what it read, e.g. a dataset's commit and checksums). */
  storedParams?: Metadata;
  /** The environment, for families that fetch data (HF_TOKEN, HF_ENDPOINT); never stored with the run. */
  env?: Record<string, string | undefined>;
  /** The run's targets, for families that prepare per-target resources (tokenizers) before any prompt is built. */
  targets?: readonly TargetSpec[];
  /** Resolves judge names for families with judge-backed scorers; absent where no judge can be called. */
  judge?: JudgeResolver;
}

/** What `plan` needs to price a task it should not build (a benchmark whose data is not downloaded yet). */
export interface TaskSize {
  taskId: string;
  items: number;
  promptTokensPerItem: number;
  /** The most one answer may take: the task's output cap. */
  outputCapTokens: number;
  /** A typical answer's length, for an expected cost beside the worst case. */
  typicalOutputTokens?: number;
  /** One line on where the numbers come from. */
  basis: string;
}

export interface TaskFamily<S extends z.ZodObject = z.ZodObject> {
  name: string;
  summary: string;
  optionsSchema: S;
  /** Options that name files: in a suite file they are relative to the suite, not to the working directory. */
  pathOptions?: readonly string[];
  /** Its command-line flags (family-flags.ts deriveFlags); absent: derived from the schema as it is. */
  flags?: FamilyFlags;
  /** The heading the reports file its tasks under; absent: "Other tasks". */
  report?: ReportSection;
  build(options: z.output<S>, context: BuildContext): Promise<Task>;
  /** For `plan`: the task's size without fetching its data, from the data's metadata (absent: plan builds the task). */
  size?(options: z.output<S>, context: BuildContext): Promise<TaskSize>;
}

/** A section of the HTML report and the Markdown write-up; families that share an id share the section. */
export interface ReportSection {
  /** Anchor id in the HTML report. */
  id: string;
  title: string;
  /** What the battery under this heading measures, in a sentence or two. */
  about: string;
  /** Sections are laid out by this, lowest first (the review's order for the built-in families). */
  order: number;
}
