// Longform metrics: chapter length compliance and failures, words per chapter, and for each judge the mean grade of
// each chapter and the degradation from the first chapter to the last (mean paired difference, bootstrap interval;
// negative means the work got worse as it went on). The whole work's grades use the writing family's rubric metrics.

import type { MetricValue } from "../../core/metric.ts";
import type { MetricReducer, ScoredSample } from "../../core/task.ts";
import { bootstrapMeanInterval } from "../../stats/bootstrap-interval.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";
import { CHAPTER_LENGTH_PREFIX, chapterJudgeName } from "./longform-scorers.ts";

function scoreOf(sample: ScoredSample, scorer: string) {
  return sample.scores.find((s) => s.scorer === scorer);
}

function meanMetric(name: string, values: readonly number[]): MetricValue {
  if (values.length === 0) return { name, value: null, n: 0 };
  return { name, value: values.reduce((a, b) => a + b, 0) / values.length, n: values.length, interval: bootstrapMeanInterval(values) };
}

/** Mean of (last - first) over samples with both values: the paired change across the work. */
function driftMetric(name: string, samples: readonly ScoredSample[], first: string, last: string, read: (sample: ScoredSample, scorer: string) => number | undefined): MetricValue {
  const diffs: number[] = [];
  for (const sample of samples) {
    const a = read(sample, first);
    const b = read(sample, last);
    if (a !== undefined && b !== undefined) diffs.push(b - a);
  }
  return meanMetric(name, diffs);
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
      const labels = samples.flatMap((s) => chapterNumbers.map((n) => scoreOf(s, `${CHAPTER_LENGTH_PREFIX}${n}`)?.label).filter((l) => l !== undefined && l !== "unscored"));
      const complied = labels.filter((l) => l === "correct").length;
      const failed = labels.filter((l) => l === "refused" || l === "short").length;
      const metrics: MetricValue[] = [
        { name: "chapter_length_compliance", value: labels.length ? complied / labels.length : null, n: labels.length, interval: labels.length ? wilsonInterval(complied, labels.length) : undefined },
        { name: "chapter_failure_rate", value: labels.length ? failed / labels.length : null, n: labels.length, interval: labels.length ? wilsonInterval(failed, labels.length) : undefined },
      ];
      for (const n of chapterNumbers) {
        metrics.push(meanMetric(`length_share@ch${n}`, samples.map((s) => words(s, `${CHAPTER_LENGTH_PREFIX}${n}`)).filter((v) => v !== undefined)));
      }
      metrics.push(driftMetric("length_drift", samples, `${CHAPTER_LENGTH_PREFIX}1`, `${CHAPTER_LENGTH_PREFIX}${chapters}`, words));
      for (const id of judgeIds) {
        const perChapter = chapterNumbers.map((n) => samples.map((s) => grade(s, chapterJudgeName(id, n))).filter((v) => v !== undefined));
        perChapter.forEach((values, i) => metrics.push(meanMetric(`chapter_rubric[${id}]@ch${i + 1}`, values)));
        metrics.push(meanMetric(`chapter_rubric[${id}]`, perChapter.flat()));
        metrics.push(driftMetric(`degradation[${id}]`, samples, chapterJudgeName(id, 1), chapterJudgeName(id, chapters), grade));
      }
      return metrics;
    },
  };
}
