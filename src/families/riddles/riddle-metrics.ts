// What the riddles measure beyond accuracy: rote answers to twins, answers that change with the language, the cost of
// distracting detail, and whether one riddle gets one answer whatever its form. Each unit is keyed by the riddle it
// repeats (its family and form, or family and language), so its trials count as one item's.

import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { flipRateMetric } from "../../metrics/flip-rate.ts";
import { groupBy, groupSamples } from "../../metrics/group-samples.ts";
import { accuracyMetric, unscoredMetric } from "../../metrics/score-metrics.ts";
import { meanMetric } from "../../metrics/mean-metric.ts";
import { rateMetric } from "../../metrics/rate-metric.ts";
import { RECITED, RIDDLE_SCORER } from "./riddle-scorer.ts";

interface Answered {
  itemId: string;
  family: string;
  form: string;
  language: string;
  trial: number;
  answer: string;
  value: number;
  label: string;
}

export function riddleMetrics(languages: readonly string[]): MetricReducer[] {
  return [
    accuracyMetric(RIDDLE_SCORER),
    accuracyByLanguage(languages),
    memorisedRate(),
    flipRateMetric({
      scorer: RIDDLE_SCORER,
      unitOf: (sample) => `${riddleForm(sample)}\u0000${sample.trial}`,
      itemOf: riddleForm,
    }),
    distractorPenalty(),
    consistency(),
    unscoredMetric(RIDDLE_SCORER),
  ];
}

/** `accuracy[es]` and kin, in the task's language order: flips between languages are the point of the family. */
function accuracyByLanguage(languages: readonly string[]): MetricReducer {
  return {
    name: "accuracy_by_language",
    reduce(samples) {
      const groups = groupSamples(samples, "language");
      return languages.flatMap((language) => accuracyMetric(RIDDLE_SCORER, `accuracy[${language}]`).reduce(groups.get(language) ?? []));
    },
  };
}

/** Share of scored twins answered with the classic's answer. */
function memorisedRate(name = "memorised_rate"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const twins = answered(samples).filter((a) => a.form === "twin");
      return [rateMetric(name, twins.map((a) => ({ itemId: a.itemId, hit: a.label === RECITED })))];
    },
  };
}

/**
 * Accuracy on the classic minus accuracy on its distracted form, over (family, language, trial) units where both were
 * scored: the mean of those paired differences.
 */
function distractorPenalty(name = "distractor_penalty"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const differences = [...units(samples).values()].flatMap((unit) => {
        const classic = unit.get("classic");
        const distracted = unit.get("distracted");
        return classic && distracted ? [{ itemId: `${classic.family}/${classic.language}`, value: classic.value - distracted.value }] : [];
      });
      return [meanMetric(name, differences)];
    },
  };
}

/** Per (family, language, trial) with classic, distracted and minimal all scored: the share giving one answer to all three. */
function consistency(name = "consistency"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const outcomes = [...units(samples).values()].flatMap((unit) => {
        const answers = ["classic", "distracted", "minimal"].map((form) => unit.get(form)?.answer);
        return answers.some((a) => a === undefined) ? [] : [{ itemId: `${unit.get("classic")!.family}/${unit.get("classic")!.language}`, hit: new Set(answers).size === 1 }];
      });
      return [rateMetric(name, outcomes)];
    },
  };
}

/** Done samples the riddle scorer could read, with what it read. */
function answered(samples: readonly ScoredSample[]): Answered[] {
  const out: Answered[] = [];
  for (const sample of samples) {
    if (sample.status !== "done") continue;
    const score = sample.scores.find((s) => s.scorer === RIDDLE_SCORER);
    if (!score || score.value === null || score.answer === undefined) continue;
    const meta = sample.item.metadata;
    out.push({
      itemId: sample.itemId,
      family: String(meta.family),
      form: String(meta.form),
      language: String(meta.language),
      trial: sample.trial,
      answer: score.answer,
      value: score.value,
      label: score.label,
    });
  }
  return out;
}

/** Scored samples by (family, language, trial), then by form. */
function units(samples: readonly ScoredSample[]): Map<string, Map<string, Answered>> {
  const byUnit = new Map<string, Map<string, Answered>>();
  for (const [unit, group] of groupBy(answered(samples), (a) => `${a.family}\u0000${a.language}\u0000${a.trial}`)) {
    byUnit.set(unit, new Map(group.map((a) => [a.form, a])));
  }
  return byUnit;
}

/** One riddle in one form, whatever the language: what the flip rate compares across languages, trial by trial. */
function riddleForm(sample: ScoredSample): string {
  return `${String(sample.item.metadata.family)}/${String(sample.item.metadata.form)}`;
}
