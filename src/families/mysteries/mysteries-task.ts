// The mysteries task: each item's story is rebuilt from its metadata when asked (a 32K-token story is never stored),
// scored twice, for the culprit and for the decisive clue.

import type { Item, Metadata } from "../../core/item.ts";
import type { Task } from "../../core/task.ts";
import { accuracyMetric, unscoredMetric } from "../../metrics/score-metrics.ts";
import { accuracyByLengthMetric } from "./accuracy-by-length.ts";
import { CLUE_SCORER, clueScorer } from "./clue-scorer.ts";
import { CULPRIT_SCORER, culpritScorer } from "./culprit-scorer.ts";
import { mysteryVariant } from "./mystery-variant.ts";
import { renderStory } from "./render-story.ts";

export interface MysteriesTaskOptions {
  items: Item[];
  /** With the run seed, regenerates the items. */
  params: Metadata;
  /** Default "mysteries". */
  id?: string;
}

export function mysteriesTask(options: MysteriesTaskOptions): Task {
  return {
    id: options.id ?? "mysteries",
    family: "mysteries",
    params: options.params,
    items: options.items,
    prompt(item, { trial }) {
      return [{ role: "user", content: renderStory(mysteryVariant(item, trial)).text }];
    },
    estimatePromptTokens(item) {
      const tokens = item.metadata.approxTokens;
      return typeof tokens === "number" ? tokens : Number(item.metadata.length ?? 0);
    },
    scorers: [culpritScorer(), clueScorer()],
    metrics: [
      accuracyMetric(CULPRIT_SCORER, "culprit_accuracy"),
      accuracyMetric(CLUE_SCORER, "clue_accuracy"),
      unscoredMetric(CULPRIT_SCORER, "culprit_unscored"),
      unscoredMetric(CLUE_SCORER, "clue_unscored"),
      accuracyByLengthMetric(CULPRIT_SCORER, "culprit_accuracy"),
      accuracyByLengthMetric(CLUE_SCORER, "clue_accuracy"),
    ],
    groupBy: ["length", "mode"],
    // Room to reason through several alibis before the two closing lines.
    settings: { maxOutputTokens: 2048 },
  };
}
