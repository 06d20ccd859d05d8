// `agreement`'s work: label every human-labelled completion with the rules, with any grader columns the file already
// has, and with each judge. Judges ask through the command's request pipeline (the same as `run refusal --judge`: paced,
// retried, budgeted, cached and recorded under a run of the agreement's own), a few rows at a time, and stop cleanly
// before a budget cap (requests, tokens, dollars) would be crossed.

import type { AgreementRunSpec } from "../core/agreement-run-spec.ts";
import { RunStoppedError } from "../core/errors.ts";
import type { RunStatus } from "../core/events.ts";
import type { Item } from "../core/item.ts";
import type { JudgeModel } from "../core/judge.ts";
import type { RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import { judgeLabeler } from "../families/refusal/judge-labeler.ts";
import type { LabelerLabels } from "../families/refusal/agreement-report.ts";
import type { LabelledCompletion } from "../families/refusal/labelled-completions.ts";
import { rulesLabeler } from "../families/refusal/refusal-labeler.ts";
import type { RefusalLabel } from "../scorers/refusal-label.ts";
import type { BudgetBreach } from "./budget-tracker.ts";
import type { RequestPipeline } from "./request-pipeline.ts";
import { newRunId } from "./run-session.ts";

/** Stores the run the judges' requests are recorded under; it starts "running" and has the judges as its targets. */
export async function createAgreementRun(store: RunStore, spec: Omit<AgreementRunSpec, "command">, judges: readonly TargetSpec[]): Promise<string> {
  const id = newRunId();
  await store.createRun({ id, createdAt: Date.now(), seed: 0, spec: { command: "agreement", ...spec } satisfies AgreementRunSpec, targets: [...judges], tasks: [], items: [] });
  return id;
}

/** How the agreement's run ended: a judge stopped by a budget cap or by Ctrl-C, or every judge through. */
export function agreementRunStatus(runs: readonly LabellerRun[]): RunStatus {
  const stops = runs.map((run) => run.stopped).filter((stop) => stop !== undefined);
  if (stops.length === 0) return "completed";
  return stops.includes("interrupted") ? "interrupted" : "budget_exhausted";
}

/** "rules", a grader column's name, or "judge provider:model", with its labels (undefined: an unreadable reply, or a stop). */
export interface LabellerRun extends LabelerLabels {
  labels: (RefusalLabel | undefined)[];
  reasons: (string | undefined)[];
  /** Why a judge stopped before the last row. */
  stopped?: BudgetBreach | "interrupted";
}

export interface AgreementDeps {
  /** Judges bound to `pipeline`, whose budget and signal stop them. */
  judges: readonly JudgeModel[];
  pipeline: RequestPipeline;
  /** Judge requests in flight at once (default 4). */
  concurrency?: number;
  onJudged?: (judge: string, done: number, total: number) => void;
}

export async function labelCompletions(rows: readonly LabelledCompletion[], deps: AgreementDeps): Promise<LabellerRun[]> {
  const runs: LabellerRun[] = [];
  const items = rows.map(itemOf);
  const rules = await Promise.all(rows.map(async (row, i) => rulesLabeler.label(row.completion, items[i]!)));
  runs.push({ name: rulesLabeler.name, labels: rules.map((v) => v?.label), reasons: rules.map((v) => v?.reason) });
  for (const column of Object.keys(rows[0]?.graded ?? {})) {
    runs.push({ name: column, labels: rows.map((row) => row.graded[column]), reasons: rows.map(() => undefined) });
  }
  for (const judge of deps.judges) runs.push(await judgeRows(judge, rows, items, deps));
  return runs;
}

async function judgeRows(judge: JudgeModel, rows: readonly LabelledCompletion[], items: readonly Item[], deps: AgreementDeps): Promise<LabellerRun> {
  const { pipeline } = deps;
  const labeler = judgeLabeler(judge);
  const run: LabellerRun = { name: labeler.name, labels: rows.map(() => undefined), reasons: rows.map(() => undefined) };
  const stop = () => (run.stopped ??= pipeline.budgetBreach ?? "interrupted");
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < rows.length && run.stopped === undefined) {
      if (pipeline.stopping()) {
        stop();
        return;
      }
      const index = next++;
      try {
        const verdict = await labeler.label(rows[index]!.completion, items[index]!);
        run.labels[index] = verdict?.label;
        run.reasons[index] = verdict?.reason;
      } catch (error) {
        if (!(error instanceof RunStoppedError)) throw error;
        stop();
        return;
      }
      deps.onJudged?.(judge.id, ++done, rows.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));
  return run;
}

function itemOf(row: LabelledCompletion): Item {
  return { id: row.where, input: row.prompt, metadata: { ...row.groups } };
}
