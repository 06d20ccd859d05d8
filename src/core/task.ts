// A task is plain data: items, how each is asked, how answers are scored, and which metrics summarise them.

import type { Item, Metadata } from "./item.ts";
import type { ChatMessage } from "./messages.ts";
import type { MetricValue } from "./metric.ts";
import type { SampleOutcome } from "./sample.ts";
import type { Scorer } from "./scorer.ts";
import type { GenerationSettings } from "./target.ts";

export interface Task {
  /** Unique within a run, e.g. "dataset" or "niah". */
  id: string;
  /** Family name, for reports. */
  family: string;
  /** Parameters that, with the seed, regenerate the same items (stored for resume and reports). */
  params: Metadata;
  items: Item[];
  /** How an item is asked. */
  prompt(item: Item): ChatMessage[];
  scorers: Scorer[];
  /** Metric reducers over finished samples; the runner adds counts and error rates itself. */
  metrics: MetricReducer[];
  /** Metadata keys to break metrics down by. */
  groupBy: string[];
  /** Settings this task needs (e.g. a larger maxOutputTokens); the target's own settings win where both set one. */
  settings?: GenerationSettings;
}

/** A pure reducer from finished samples of one task and target to metric values. */
export interface MetricReducer {
  name: string;
  reduce(samples: readonly ScoredSample[]): MetricValue[];
}

export interface ScoredSample extends SampleOutcome {
  item: Item;
}
