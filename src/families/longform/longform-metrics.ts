// Longform metrics: chapter length compliance and failures, words per chapter, and for each judge the mean grade of
// each chapter and the degradation from the first chapter to the last (mean paired difference; negative means the
// work got worse as it went on). The whole work's grades use the writing family's rubric metrics.

import type { MetricValue } from "../../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import type { ItemValue } from "../../metrics/intervals.ts";
import { meanMetric } from "../../metrics/mean-metric.ts";
import { rateMetric } from "../../metrics/rate-metric.ts";
import { CHAPTER_LENGTH_PREFIX, chapterJudgeName } from "./longform-scorers.ts";

function scoreOf(sample: ScoredSample, scorer: string) {
  return sample.scores.find((s) => s.scorer === scorer);
}

/** A value read from each sample that has one, with the sample's item. */
function valuesOf(samples: readonly ScoredSample[], read: (sample: ScoredSample) => number | undefined): ItemValue[] {
  return samples.flatMap((sample) => {
    const value = read(sample);
    return value === undefined ? [] : [{ itemId: sample.itemId, value }];
  });
}

/** Mean of (last - first) over samples with both values: the paired change across the work. */
function driftMetric(name: string, samples: readonly ScoredSample[], first: string, last: string, read: (sample: ScoredSample, scorer: string) => number | undefined): MetricValue {
  return meanMetric(
    name,
    valuesOf(samples, (sample) => {
      const a = read(sample, first);
      const b = read(sample, last);
      return a === undefined || b === undefined ? undefined : b - a;
    }),
  );
}

export function longformMetrics(judgeIds: readonly string[], chapters: number): MetricReducer {
  const chapterNumbers = Array.from({ length: chapters }, (_, i) => i + 1);
  const words = (sample: ScoredSample, scorer: string) => {
    const score = scoreOf(sample, scorer);
    return score?.answer === undefined ? undefined : Number(score.answer) / Number(sample.item.metadata.targetWords);
  };
  const grade = (sample: ScoredSample, scorer: string) => {
    const value = scoreOf(sample, scorer)?.value;
    return typeof value === "number" ? value : undefined;
  };
  return {
    name: "longform",
    reduce(allSamples) {
      const samples = allSamples.filter((s) => s.status === "done");
      const labels = samples.flatMap((s) =>
        chapterNumbers.flatMap((n) => {
          const label = scoreOf(s, `${CHAPTER_LENGTH_PREFIX}${n}`)?.label;
          return label === undefined || label === "unscored" ? [] : [{ itemId: s.itemId, label }];
        }),
      );
      const metrics: MetricValue[] = [
        rateMetric("chapter_length_compliance", labels.map(({ itemId, label }) => ({ itemId, hit: label === "correct" }))),
        rateMetric("chapter_failure_rate", labels.map(({ itemId, label }) => ({ itemId, hit: label === "refused" || label === "short" }))),
      ];
      for (const n of chapterNumbers) metrics.push(meanMetric(`length_share@ch${n}`, valuesOf(samples, (s) => words(s, `${CHAPTER_LENGTH_PREFIX}${n}`))));
      metrics.push(driftMetric("length_drift", samples, `${CHAPTER_LENGTH_PREFIX}1`, `${CHAPTER_LENGTH_PREFIX}${chapters}`, words));
      for (const id of judgeIds) {
        const perChapter = chapterNumbers.map((n) => valuesOf(samples, (s) => grade(s, chapterJudgeName(id, n))));
        perChapter.forEach((values, i) => metrics.push(meanMetric(`chapter_rubric[${id}]@ch${i + 1}`, values)));
        metrics.push(meanMetric(`chapter_rubric[${id}]`, perChapter.flat()));
        metrics.push(driftMetric(`degradation[${id}]`, samples, chapterJudgeName(id, 1), chapterJudgeName(id, chapters), grade));
      }
      return metrics;
    },
  };
}
