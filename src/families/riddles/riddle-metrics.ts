// What the riddles measure beyond accuracy: rote answers to twins, answers that change with the language, the cost of
// distracting detail, and whether one riddle gets one answer whatever its form. Rates carry Wilson intervals.

import type { MetricValue } from "../../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { flipRateMetric } from "../../scorers/flip-rate.ts";
import { accuracyMetric, groupSamples, unscoredMetric } from "../../scorers/metrics.ts";
import { bootstrapMeanInterval } from "../../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { RECITED, RIDDLE_SCORER } from "./riddle-scorer.ts";

interface Answered {
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
    flipRateMetric({ scorer: RIDDLE_SCORER, unitOf: (sample) => `${String(sample.item.metadata.family)}\u0000${String(sample.item.metadata.form)}\u0000${sample.trial}` }),
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
      return [rate(name, twins.filter((a) => a.label === RECITED).length, twins.length)];
    },
  };
}

/**
 * Accuracy on the classic minus accuracy on its distracted form, over (family, language, trial) units where both were
 * scored; the interval is a percentile bootstrap of those paired differences.
 */
function distractorPenalty(name = "distractor_penalty"): MetricReducer {
  return {
    name,
    reduce(samples) {
      const differences: number[] = [];
      for (const unit of units(samples).values()) {
        const classic = unit.get("classic");
        const distracted = unit.get("distracted");
        if (classic && distracted) differences.push(classic.value - distracted.value);
      }
      if (differences.length === 0) return [{ name, value: null, n: 0 }];
      const mean = differences.reduce((a, b) => a + b, 0) / differences.length;
      return [{ name, value: mean, n: differences.length, interval: bootstrapMeanInterval(differences) }];
    },
  };
}

/** Per (family, language, trial) with classic, distracted and minimal all scored: the share giving one answer to all three. */
function consistency(name = "consistency"): MetricReducer {
  return {
    name,
    reduce(samples) {
      let complete = 0;
      let consistent = 0;
      for (const unit of units(samples).values()) {
        const answers = ["classic", "distracted", "minimal"].map((form) => unit.get(form)?.answer);
        if (answers.some((a) => a === undefined)) continue;
        complete++;
        if (new Set(answers).size === 1) consistent++;
      }
      return [rate(name, consistent, complete)];
    },
  };
}

function rate(name: string, count: number, n: number): MetricValue {
  return n === 0 ? { name, value: null, n: 0 } : { name, value: count / n, n, interval: wilsonInterval(count, n) };
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

function groupBy<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
