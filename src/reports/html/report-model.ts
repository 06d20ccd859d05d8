// Everything a report shows, gathered from the store into one plain object: run and targets, per task × target
// summaries, heatmaps of long-context tasks, context probes, verdicts and a bounded set of transcripts. The HTML
// report and the Markdown write-up both render this; neither reads the store.

import type { Verdict } from "../../core/claim.ts";
import { collect } from "../../core/collect.ts";
import type { RunStatus } from "../../core/events.ts";
import type { Metadata } from "../../core/item.ts";
import type { SampleRecords } from "../../core/run-store.ts";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import type { StoredRun } from "../../core/stored-run.ts";
import type { TargetSpec } from "../../core/target.ts";
import type { ScoredSample, Task } from "../../core/task.ts";
import { buildGrid } from "../../metrics/niah-grid.ts";
import { NIAH_SCORER } from "../../families/niah/needles/niah-scorer.ts";
import { heatmapView, type HeatmapView } from "../heatmap-cells.ts";
import { summarizeSamples, type TaskTargetSummary } from "../../metrics/summarize-run.ts";
import { latestProbes, type ReportProbe } from "./report-probes.ts";
import { DEFAULT_TRANSCRIPT_LIMITS, TranscriptPicker, type Transcript, type TranscriptCounts, type TranscriptLimits } from "./report-transcripts.ts";
import { REVIEW_SECTIONS, OTHER_SECTION, sectionOf, type ReviewSection } from "./review-sections.ts";

const NIAH_FAMILY = "niah";
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
  transcripts: Transcript[];
  transcriptCounts: TranscriptCounts;
}

export interface ReportModelInput {
  store: Pick<SampleRecords, "samples" | "getPreparation">;
  run: StoredRun;
  tasks: readonly Task[];
  targets: readonly TargetSpec[];
  trials: number;
  /** Claims held against this run, when a claim set was checked. */
  verdicts?: readonly Verdict[];
  /** Stored context probes, newest first; the newest of each run target is reported. */
  probes?: readonly StoredContextProbe[];
  limits?: Partial<TranscriptLimits>;
}

/** One pass over each task × target's samples: summary, heatmap and transcripts from the same rows. */
export async function buildReportModel(input: ReportModelInput): Promise<ReportModel> {
  const { store, run, tasks, targets, trials } = input;
  const picker = new TranscriptPicker({ ...DEFAULT_TRANSCRIPT_LIMITS, ...input.limits }, tasks.length * targets.length);
  const summaries: TaskTargetSummary[] = [];
  const heatmaps: ReportHeatmap[] = [];
  for (const task of tasks) {
    for (const target of targets) {
      const samples: ScoredSample[] = await collect(store.samples(run.id, { targetId: target.id, taskId: task.id }));
      summaries.push(summarizeSamples(task, target, samples, task.items.length * trials));
      picker.addPair(samples);
      if (task.family !== NIAH_FAMILY || samples.length === 0) continue;
      const sizing = (await store.getPreparation(run.id, target.id, task.id))?.summary;
      heatmaps.push({ taskId: task.id, targetId: target.id, simulated: target.simulated, sizing: typeof sizing === "string" ? sizing : undefined, view: heatmapView(buildGrid(samples, NIAH_SCORER)) });
    }
  }
  const probes = latestProbes(input.probes ?? [], targets.map((t) => t.id));
  return {
    run: { id: run.id, createdAt: run.createdAt, status: run.status, seed: run.seed, trials, simulated: targets.some((t) => t.simulated) },
    targets: targets.map((t) => ({ id: t.id, provider: t.provider, model: t.model, simulated: t.simulated })),
    tasks: tasks.map((t) => ({ id: t.id, family: t.family, params: t.params })),
    sections: sectionsOf(tasks, probes.length > 0),
    summaries,
    heatmaps,
    probes,
    verdicts: [...(input.verdicts ?? [])],
    transcripts: picker.transcripts,
    transcriptCounts: picker.counts(),
  };
}

/** The review's order, then "Other tasks"; a section appears when the run has a task for it (or, for retrieval, a probe). */
function sectionsOf(tasks: readonly Task[], probed: boolean): ReportSectionTasks[] {
  return [...REVIEW_SECTIONS, OTHER_SECTION]
    .map((section) => ({ section, taskIds: tasks.filter((task) => sectionOf(task.family) === section).map((task) => task.id) }))
    .filter((entry) => entry.taskIds.length > 0 || (probed && entry.section.id === RETRIEVAL_SECTION));
}
