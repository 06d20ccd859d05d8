// Pairwise judging's results in the form the store keeps and every viewer reads: ratings sorted highest first, open
// interval sides as null (JSON has no infinity), and the panel's agreement computed once with them.

import type { Interval } from "../core/metric.ts";
import type { JudgeRatingsRecord, RatingInterval, StoredPairwiseRatings, TargetRating } from "../core/stored-findings.ts";
import type { RatingIntervals } from "../stats/rating-intervals.ts";
import { panelAgreement, type JudgeRatings } from "./pairwise-judging.ts";

export interface PairwiseRun {
  runId: string;
  taskId: string;
  /** A target or a judge is the provider simulator. */
  simulated: boolean;
  computedAt: number;
}

export function pairwiseRatingsRecord(run: PairwiseRun, results: readonly JudgeRatings[]): StoredPairwiseRatings {
  return { ...run, judges: results.map(judgeRecord), agreements: panelAgreement(results) };
}

function judgeRecord(result: JudgeRatings): JudgeRatingsRecord {
  const both = result.ratings !== undefined && result.lengthControlled !== undefined;
  return {
    judgeId: result.judgeId,
    comparisons: result.comparisons,
    unscored: result.unscored,
    positionConsistency: result.positionConsistency,
    ratings: both ? targetRatings(result.ratings!) : [],
    lengthControlled: both ? targetRatings(result.lengthControlled!) : [],
    ...(result.stopped === undefined ? {} : { stopped: result.stopped }),
  };
}

function targetRatings(fitted: RatingIntervals): TargetRating[] {
  return Object.entries(fitted.ratings)
    .sort(([, a], [, b]) => b - a)
    .map(([targetId, rating]) => {
      const interval = fitted.intervals[targetId];
      return interval === undefined ? { targetId, rating } : { targetId, rating, interval: openSides(interval) };
    });
}

function openSides(interval: Interval): RatingInterval {
  return { lower: Number.isFinite(interval.lower) ? interval.lower : null, upper: Number.isFinite(interval.upper) ? interval.upper : null };
}
