// The cross-language flip rate: of the units asked in two languages or more (one riddle form in one trial, one MGSM
// problem in one trial), the share whose readable answers are not all the same. A rate over units whose trials repeat
// an item, with its item-level interval (rate-metric.ts).

import type { MetricReducer, ScoredSample } from "../core/task.ts";
import { rateMetric } from "./rate-metric.ts";

export interface FlipRateOptions {
  /** The scorer whose extracted answers are compared. */
  scorer: string;
  /** The unit a sample belongs to: samples of one unit ask the same thing in different languages. */
  unitOf(sample: ScoredSample): string;
  /** The item a unit repeats across trials (a riddle form, an MGSM problem); default: the unit itself. */
  itemOf?(sample: ScoredSample): string;
  /** Default: the item's `language` metadata. */
  languageOf?(sample: ScoredSample): string;
  name?: string;
}

export function flipRateMetric(options: FlipRateOptions): MetricReducer {
  const name = options.name ?? "flip_rate";
  const languageOf = options.languageOf ?? ((sample: ScoredSample) => String(sample.item.metadata.language));
  const itemOf = options.itemOf ?? options.unitOf;
  return {
    name,
    reduce(samples) {
      const units = new Map<string, { item: string; languages: Set<string>; answers: Set<string> }>();
      for (const sample of samples) {
        if (sample.status !== "done") continue;
        const score = sample.scores.find((s) => s.scorer === options.scorer);
        if (!score || score.value === null || score.answer === undefined) continue;
        const key = options.unitOf(sample);
        let unit = units.get(key);
        if (!unit) units.set(key, (unit = { item: itemOf(sample), languages: new Set(), answers: new Set() }));
        unit.languages.add(languageOf(sample));
        unit.answers.add(score.answer);
      }
      const compared = [...units.values()].filter((unit) => unit.languages.size >= 2);
      return [rateMetric(name, compared.map((unit) => ({ itemId: unit.item, hit: unit.answers.size > 1 })))];
    },
  };
}
