// `agreement`'s work: label every human-labelled completion with the rules, with any grader columns the file already
// has, and with each judge. Judges are asked through the same judge plumbing as `run refusal --judge`, a few rows at a
// time, and stop cleanly before a budget cap (requests, tokens, dollars) would be crossed.

import type { Item } from "../core/item.ts";
import type { JudgeModel } from "../core/judge.ts";
import { judgeLabeler, judgePrompt, JUDGE_SETTINGS } from "../families/refusal/judge-labeler.ts";
import type { LabelerLabels } from "../families/refusal/agreement-report.ts";
import type { LabelledCompletion } from "../families/refusal/labelled-completions.ts";
import { rulesLabeler } from "../families/refusal/refusal-labeler.ts";
import type { RefusalLabel } from "../scorers/refusal-label.ts";
import { BudgetTracker, type BudgetBreach, type BudgetCaps } from "./budget-tracker.ts";
import { estimatePromptTokens } from "./estimate-tokens.ts";
import { costOf, type PriceLookup } from "./pricing.ts";

/** "rules", a grader column's name, or "judge provider:model", with its labels (undefined: an unreadable reply, or a stop). */
export interface LabellerRun extends LabelerLabels {
  labels: (RefusalLabel | undefined)[];
  reasons: (string | undefined)[];
  /** Why a judge stopped before the last row. */
  stopped?: BudgetBreach | "interrupted";
}

export interface AgreementDeps {
  judges: readonly JudgeModel[];
  price: PriceLookup;
  budget: BudgetCaps;
  /** Judge requests in flight at once (default 4). */
  concurrency?: number;
  signal?: AbortSignal;
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
  const budget = new BudgetTracker(deps.budget);
  for (const judge of deps.judges) runs.push(await judgeRows(judge, rows, items, budget, deps));
  return runs;
}

async function judgeRows(judge: JudgeModel, rows: readonly LabelledCompletion[], items: readonly Item[], budget: BudgetTracker, deps: AgreementDeps): Promise<LabellerRun> {
  const price = deps.price(judge);
  // Every request the judge makes is metered, retries' answers included, so the caps hold on what was really used.
  const metered: JudgeModel = {
    ...judge,
    generate: async (messages, settings) => {
      const result = await judge.generate(messages, settings);
      budget.addUsage((result.usage.inputTokens ?? 0) + (result.usage.outputTokens ?? 0), costOf(price, result.usage));
      return result;
    },
  };
  const labeler = judgeLabeler(metered);
  const run: LabellerRun = { name: labeler.name, labels: rows.map(() => undefined), reasons: rows.map(() => undefined) };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < rows.length && run.stopped === undefined) {
      if (deps.signal?.aborted) {
        run.stopped = "interrupted";
        return;
      }
      const index = next++;
      const row = rows[index]!;
      const promptTokens = estimatePromptTokens(judgePrompt(row.prompt, row.completion));
      const outputTokens = JUDGE_SETTINGS.maxOutputTokens;
      const breach = budget.check(promptTokens + outputTokens, costOf(price, { inputTokens: promptTokens, outputTokens }));
      if (breach) {
        run.stopped ??= breach;
        return;
      }
      budget.addRequest();
      const verdict = await labeler.label(row.completion, items[index]!);
      run.labels[index] = verdict?.label;
      run.reasons[index] = verdict?.reason;
      deps.onJudged?.(judge.id, ++done, rows.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? 4) }, worker));
  return run;
}

function itemOf(row: LabelledCompletion): Item {
  return { id: row.where, input: row.prompt, metadata: { ...row.groups } };
}
