// Pairwise ratings as the reports show them: per task and judge, each target's Bradley-Terry rating with its interval
// (a side null when open), and the judge's position consistency. Built from the judges' fits when a run is judged.

import type { Interval, MetricValue } from "../../core/metric.ts";
import type { RatingIntervals } from "../../stats/rating-intervals.ts";

export interface ReportTargetRating {
  targetId: string;
  rating: number;
  /** Absent for the baseline (its rating is fixed); a side is null when open. */
  interval?: { lower: number | null; upper: number | null };
}

export interface ReportJudgeRatings {
  judgeId: string;
  comparisons: number;
  unscored: number;
  positionConsistency: MetricValue;
  /** Highest first; empty when no pairing got a readable verdict in both orders. */
  ratings: ReportTargetRating[];
  lengthControlled: ReportTargetRating[];
}

export interface ReportRatings {
  taskId: string;
  judges: ReportJudgeRatings[];
}

/** What a judge's fit gives (runner/pairwise-judging.ts's JudgeRatings has this shape). */
export interface JudgeFit {
  judgeId: string;
  comparisons: number;
  unscored: number;
  positionConsistency: MetricValue;
  ratings?: Pick<RatingIntervals, "ratings" | "intervals">;
  lengthControlled?: Pick<RatingIntervals, "ratings" | "intervals">;
}

export function reportRatings(taskId: string, fits: readonly JudgeFit[]): ReportRatings {
  return {
    taskId,
    judges: fits.map((fit) => ({
      judgeId: fit.judgeId,
      comparisons: fit.comparisons,
      unscored: fit.unscored,
      positionConsistency: fit.positionConsistency,
      ratings: targetRatings(fit.ratings),
      lengthControlled: targetRatings(fit.lengthControlled),
    })),
  };
}

function targetRatings(fit: JudgeFit["ratings"]): ReportTargetRating[] {
  if (!fit) return [];
  return Object.entries(fit.ratings)
    .map(([targetId, rating]) => {
      const interval = fit.intervals[targetId];
      return interval ? { targetId, rating, interval: { lower: finite(interval.lower), upper: finite(interval.upper) } } : { targetId, rating };
    })
    .sort((a, b) => b.rating - a.rating);
}

function finite(value: Interval["lower"]): number | null {
  return Number.isFinite(value) ? value : null;
}
