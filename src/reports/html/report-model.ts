// Everything a report shows, gathered into one plain object: run and targets, the run's stored summary per task ×
// target, heatmaps of grid tasks, context probes, verdicts, pairwise ratings and a bounded set of transcripts (failures
// first). The HTML report and the Markdown write-up both render this; neither reads the store.

import type { Verdict } from "../../core/claim.ts";
import { collect } from "../../core/collect.ts";
import type { RunStatus } from "../../core/events.ts";
import type { Metadata } from "../../core/item.ts";
import type { SampleRecords } from "../../core/run-store.ts";
import type { StoredPairwiseRatings } from "../../core/stored-findings.ts";
import type { StoredRun } from "../../core/stored-run.ts";
import type { ScoredSample } from "../../core/task.ts";
import type { RunMetrics, TaskTargetSummary } from "../../metrics/run-metrics.ts";
import { heatmapView, type HeatmapView } from "../heatmap-cells.ts";
import type { ReportProbe } from "./report-probes.ts";
import { DEFAULT_TRANSCRIPT_LIMITS, failuresFirst, TranscriptPicker, type Transcript, type TranscriptCounts, type TranscriptLimits } from "./report-transcripts.ts";
import { OTHER_SECTION, reviewSections, sectionOf, type ReviewSection } from "./review-sections.ts";

const RETRIEVAL_SECTION = "retrieval";

/** Said wherever a simulated target's numbers appear: they come from a test double, never from a model. */
export const SIMULATED_NOTE =
  "Targets marked simulated are the provider simulator, a scripted test double: their numbers show how the tool works and are not results of any model.";

export interface ReportTarget {
  id: string;
  provider: string;
  model: string;
  simulated: boolean;
}

export interface ReportTask {
  id: string;
  family: string;
  params: Metadata;
}

export interface ReportHeatmap {
  taskId: string;
  targetId: string;
  simulated: boolean;
  /** How prompts were sized for this target (tokenizer, calibration), when the task recorded it. */
  sizing?: string;
  view: HeatmapView;
}

export interface ReportSectionTasks {
  section: ReviewSection;
  /** Task ids in run order; only sections with tasks are listed. */
  taskIds: string[];
}

export interface ReportModel {
  run: { id: string; createdAt: number; status: RunStatus; seed: number; trials: number; simulated: boolean };
  targets: ReportTarget[];
  tasks: ReportTask[];
  sections: ReportSectionTasks[];
  summaries: TaskTargetSummary[];
  heatmaps: ReportHeatmap[];
  probes: ReportProbe[];
  verdicts: Verdict[];
  /** Pairwise ratings of tasks judged pairwise, per judge. */
  ratings: StoredPairwiseRatings[];
  transcripts: Transcript[];
  transcriptCounts: TranscriptCounts;
}

export interface ReportModelInput {
  store: Pick<SampleRecords, "samples" | "getPreparation">;
  run: StoredRun;
  trials: number;
  /** The run's summary (runner/run-metrics.ts). */
  metrics: RunMetrics;
  /** Claims held against this run, when a claim set was checked. */
  verdicts?: readonly Verdict[];
  /** At most one context probe per run target (reports/run-findings.ts picks them). */
  probes?: readonly ReportProbe[];
  /** Pairwise ratings, when the run's answers were judged pairwise. */
  ratings?: readonly StoredPairwiseRatings[];
  limits?: Partial<TranscriptLimits>;
}

/** The summary and heatmaps from the run's stored summary; one pass over each task × target's samples for transcripts. */
export async function buildReportModel(input: ReportModelInput): Promise<ReportModel> {
  const { store, run, trials } = input;
  const { tasks, targets } = run;
  const picker = new TranscriptPicker({ ...DEFAULT_TRANSCRIPT_LIMITS, ...input.limits }, tasks.length * targets.length);
  for (const task of tasks) {
    for (const target of targets) {
      const samples: ScoredSample[] = await collect(store.samples(run.id, { targetId: target.id, taskId: task.id }));
      picker.addPair(samples);
    }
  }
  const summaries: TaskTargetSummary[] = input.metrics.tasks;
  const heatmaps: ReportHeatmap[] = [];
  for (const summary of summaries) {
    if (!summary.grid) continue;
    const sizing = (await store.getPreparation(run.id, summary.targetId, summary.taskId))?.summary;
    heatmaps.push({ taskId: summary.taskId, targetId: summary.targetId, simulated: summary.simulated, sizing: typeof sizing === "string" ? sizing : undefined, view: heatmapView(summary.grid) });
  }
  const probes = [...(input.probes ?? [])];
  return {
    run: { id: run.id, createdAt: run.createdAt, status: run.status, seed: run.seed, trials, simulated: targets.some((t) => t.simulated) },
    targets: targets.map((t) => ({ id: t.id, provider: t.provider, model: t.model, simulated: t.simulated })),
    tasks: tasks.map((t) => ({ id: t.id, family: t.family, params: t.params })),
    sections: sectionsOf(tasks, probes.length > 0),
    summaries,
    heatmaps,
    probes,
    verdicts: [...(input.verdicts ?? [])],
    ratings: [...(input.ratings ?? [])],
    transcripts: failuresFirst(picker.transcripts),
    transcriptCounts: picker.counts(),
  };
}

/** The sections in order, then "Other tasks"; a section appears when the run has a task for it (or, for retrieval, a probe). */
function sectionsOf(tasks: readonly { id: string; family: string }[], probed: boolean): ReportSectionTasks[] {
  return [...reviewSections(), OTHER_SECTION]
    .map((section) => ({ section, taskIds: tasks.filter((task) => sectionOf(task.family).id === section.id).map((task) => task.id) }))
    .filter((entry) => entry.taskIds.length > 0 || (probed && entry.section.id === RETRIEVAL_SECTION));
}
