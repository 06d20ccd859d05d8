// A task is plain data: items, how each is asked, how answers are scored, and which metrics summarise them.

import type { Item, Metadata } from "./item.ts";
import type { ChatMessage } from "./messages.ts";
import type { MetricValue } from "./metric.ts";
import type { SampleOutcome } from "./sample.ts";
import type { Scorer } from "./scorer.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { GenerationSettings, TargetSpec } from "./target.ts";

export interface Task {
  /** Unique within a run, e.g. "dataset" or "niah". */
  id: string;
  /** Family name, for reports. */
  family: string;
  /** Parameters that, with the seed, regenerate the same items (stored for resume and reports). */
  params: Metadata;
  items: Item[];
  /** How an item is asked, for one target and trial (long-context tasks size prompts per target; some refresh per trial). */
  prompt(item: Item, context: PromptContext): ChatMessage[];
  /**
   * Per-target preparation before any of its samples (e.g. calibrating prompt sizes against the host's token counts).
   * The result is stored with the run, so a resumed run builds exactly the same prompts.
   */
  prepare?(context: PrepareContext): Promise<Metadata>;
  /** Prompt tokens of an item without building it (a 10M-token prompt is costly to build just to plan). */
  estimatePromptTokens?(item: Item): number;
  scorers: Scorer[];
  /**
   * The answer a right response gives, in words, for exports: where it is drawn per trial (fresh needles, drawn
   * numbers) or is a behaviour rather than the item's `expected` (a refusal, a length). Absent: the item's `expected`.
   */
  expected?(item: Item, trial: number): string;
  /** Metric reducers over finished samples; absent = each scorer's default metrics. Counts and errors are added apart. */
  metrics?: MetricReducer[];
  /**
   * The task's results form a length × depth grid (items carry `length` and `depth` metadata) filled by this scorer's
   * labels: the summary keeps the grid, and every view draws it as a heatmap.
   */
  grid?: { scorer: string; effective?: EffectiveBars };
  /** Metadata keys to break metrics down by. */
  groupBy: string[];
  /** Settings this task needs (e.g. a larger maxOutputTokens); the target's own settings win where both set one. */
  settings?: GenerationSettings;
  /** Adaptive sampling: a cell's later trials are skipped once its verdict is decided. Absent = every trial is asked. */
  adaptive?: AdaptiveSampling;
}

/**
 * Trials of one cell (items that share a verdict, e.g. a niah length and depth) run one after another, and a cell
 * stops once its sequential rule has decided; the skipped trials are counted, never asked.
 */
export interface AdaptiveSampling {
  cellOf(item: Item): string;
  /** Whether a finished sample counts as a success; undefined leaves it out of the count (unscored). */
  success(sample: ScoredSample): boolean | undefined;
  /** From a cell's successes and counted trials so far (the cell as `cellOf` names it): true once no more are needed. */
  decided(successes: number, trials: number, cell: string): boolean;
  /** One line for reports: the rule, its threshold and its error rate. */
  rule: string;
  /** The fewest trials in which the cell can be decided above its threshold (all successes), and below it (all failures). */
  fewestTrials(cell: string): { above: number; below: number };
}

/**
 * The bars the effective context length is read against: an accuracy (absolute reading) and a share of the model's own
 * short-context accuracy (relative). A task's own, so its metrics, summary and every view read the same bars.
 */
export interface EffectiveBars {
  threshold: number;
  share: number;
}

/** A pure reducer from finished samples of one task and target to metric values. */
export interface MetricReducer {
  name: string;
  reduce(samples: readonly ScoredSample[]): MetricValue[];
}

export interface ScoredSample extends SampleOutcome {
  item: Item;
}

export interface PromptContext {
  target: TargetSpec;
  /** 1-based. */
  trial: number;
  /** What `prepare` returned for this target, when the task prepares. */
  preparation?: Metadata;
}

export interface PrepareContext {
  target: TargetSpec;
  /** Sends one request through the runner's pacing, retries and budget; it is not a sample and is not scored. */
  send(messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult>;
  signal: AbortSignal;
}
