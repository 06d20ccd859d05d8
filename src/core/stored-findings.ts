// What a run found beyond its metrics: the verdicts of claims held against it and the pairwise ratings judges gave its
// targets. Both are computed once, when the command that produces them ends, and stored with the run, so `show`, the
// reports and the dashboard read them back instead of recomputing them (or losing them).

import type { Verdict, VerdictStatus } from "./claim.ts";
import type { MetricValue } from "./metric.ts";

/** The verdicts of one claim set held against a run, in the order they were decided. */
export interface StoredVerdicts {
  runId: string;
  /** The claim set's name (built-in or a claim file's); a run keeps one set of verdicts per claim set. */
  claimSet: string;
  /** True for the built-in sets that describe no real model (the demo's). */
  simulated: boolean;
  computedAt: number;
  verdicts: Verdict[];
}

/** A rating's interval; a side is null when it is open (the target won, or lost, every comparison). */
export interface RatingInterval {
  lower: number | null;
  upper: number | null;
}

export interface TargetRating {
  targetId: string;
  rating: number;
  /** Absent for the baseline, whose rating is fixed by definition. */
  interval?: RatingInterval;
}

/** One judge's Bradley-Terry ratings of a task's targets, from every pair of answers shown in both orders. */
export interface JudgeRatingsRecord {
  judgeId: string;
  comparisons: number;
  /** Pairings with no readable verdict in both orders (those not asked included). */
  unscored: number;
  positionConsistency: MetricValue;
  /** Highest rating first; empty when no pairing got a readable verdict in both orders. */
  ratings: TargetRating[];
  /** The same, controlled for answer length; empty when `ratings` is. */
  lengthControlled: TargetRating[];
  /** Why judging stopped before every pairing was asked. */
  stopped?: "budget" | "interrupted";
}

/** How two judges of a panel agree on who won the pairings both read (Cohen's kappa). */
export interface JudgePairAgreement {
  first: string;
  second: string;
  kappa: MetricValue;
}

/** A run's pairwise ratings of one task; judging the task again replaces them. */
export interface StoredPairwiseRatings {
  runId: string;
  taskId: string;
  /** True when a target or a judge is the provider simulator (a test double). */
  simulated: boolean;
  computedAt: number;
  judges: JudgeRatingsRecord[];
  agreements: JudgePairAgreement[];
}

export interface FindingRecords {
  /**
   * Stores a claim set's verdicts for a run, replacing that set's earlier verdicts for it. An unknown run is a
   * ConfigError; a credential anywhere throws; either way nothing is stored.
   */
  saveVerdicts(verdicts: StoredVerdicts): Promise<void>;
  /** Every claim set's verdicts for the run, by claim set name; empty when none were stored. */
  listVerdicts(runId: string): Promise<StoredVerdicts[]>;
  /** The run's stored verdicts (of every claim set) counted by status, without reading them; all zero when none. */
  countVerdicts(runId: string): Promise<Record<VerdictStatus, number>>;
  /** Stores a task's pairwise ratings for a run, replacing earlier ones of that task; refused like saveVerdicts. */
  savePairwiseRatings(ratings: StoredPairwiseRatings): Promise<void>;
  /** Every task's pairwise ratings for the run, by task id; empty when none were stored. */
  listPairwiseRatings(runId: string): Promise<StoredPairwiseRatings[]>;
}
