// The riddles task: items from riddle families, asked with per-trial surface forms, scored by the riddle parser,
// summarised by accuracy (overall and per language), memorised-answer rate, flip rate, distractor penalty and consistency.

import { ConfigError } from "../../core/errors.ts";
import { hashOf } from "../../core/hash.ts";
import type { Item } from "../../core/item.ts";
import type { Task } from "../../core/task.ts";
import { fillRiddle } from "./fill-riddle.ts";
import { riddleMetrics } from "./riddle-metrics.ts";
import { riddleMessages } from "./riddle-prompt.ts";
import { riddleScorer } from "./riddle-scorer.ts";

export interface RiddlesTaskOptions {
  items: Item[];
  /** The run's seed: with the item's family and the trial it fixes every name and number asked. */
  seed: number;
  /** The languages asked, in report order. */
  languages: readonly string[];
  /** "built-in" or the user's file name, for the task's params. */
  source: string;
  /** Default "riddles". */
  id?: string;
}

export function riddlesTask(options: RiddlesTaskOptions): Task {
  const { items, seed, languages } = options;
  if (items.length === 0) throw new ConfigError("no riddles match the chosen families, forms and languages", options.source);
  return {
    id: options.id ?? "riddles",
    family: "riddles",
    params: {
      source: options.source,
      languages: languages.join(","),
      items: items.length,
      // An edited riddle is a different task, never a cache hit on answers to the old wording.
      itemsHash: hashOf(items).slice(0, 16),
    },
    items,
    prompt: (item, { trial }) => riddleMessages(item, seed, trial),
    expected: (item, trial) => fillRiddle(item, seed, trial).key.answer,
    scorers: [riddleScorer(seed)],
    metrics: riddleMetrics(languages),
    groupBy: ["family", "form", "language"],
  };
}
