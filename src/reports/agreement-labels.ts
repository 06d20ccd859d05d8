// The labels `agreement --out` writes: one row per labelled completion with the people's label and each labeler's
// label and reason, so a user can read every disagreement before trusting a grader on their own data.

import type { LabelerLabels } from "../families/refusal/agreement-report.ts";
import type { LabelledCompletion } from "../families/refusal/labelled-completions.ts";
import { csvField } from "./sample-rows.ts";

export type LabelsFormat = "csv" | "jsonl";

export function* agreementLabelChunks(rows: readonly LabelledCompletion[], runs: readonly LabelerLabels[], format: LabelsFormat): Generator<string> {
  const groupColumns = [...new Set(rows.flatMap((row) => Object.keys(row.groups)))];
  const explained = new Set(runs.filter((run) => run.reasons?.some((reason) => reason !== undefined)).map((run) => run.name));
  const records = rows.map((row, i) => {
    const record: Record<string, string | null> = { row: row.where };
    for (const column of groupColumns) record[column] = row.groups[column] ?? null;
    record.prompt = row.prompt;
    record.completion = row.completion;
    record.people = row.human;
    for (const run of runs) {
      record[run.name] = run.labels[i] ?? null;
      if (explained.has(run.name)) record[`${run.name} reason`] = run.reasons?.[i] ?? null;
    }
    return record;
  });
  if (format === "jsonl") {
    for (const record of records) yield JSON.stringify(record) + "\n";
    return;
  }
  const header = Object.keys(records[0] ?? {});
  yield header.map(csvField).join(",") + "\r\n";
  for (const record of records) yield header.map((column) => csvField(record[column] ?? null)).join(",") + "\r\n";
}
