// Streams a run's samples as JSON, JSON Lines or CSV, one chunk at a time (memory stays flat on 100,000-sample runs).

import type { SampleRecords } from "../core/run-store.ts";
import type { StoredRun } from "../core/stored-run.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { askedMessages, expectedAnswer } from "./sample-asked.ts";
import { csvField, sampleRow, type Row } from "./sample-rows.ts";

export type ExportFormat = "json" | "jsonl" | "csv";

export interface ExportOptions {
  format: ExportFormat;
  /** The run's tasks, rebuilt (runner/load-stored-run.ts): they say each sample's expected answer, and build prompts. */
  tasks?: readonly Task[];
  /** Include each sample's full prompt (messages as sent, needs `tasks`); with long-context tasks these can be very large. */
  prompts?: boolean;
}

type ExportStore = Pick<SampleRecords, "samples" | "getPreparation">;

export async function* exportRun(store: ExportStore, run: StoredRun, targets: readonly TargetSpec[], options: ExportOptions): AsyncGenerator<string> {
  const { format } = options;
  const simulated = new Map(targets.map((t) => [t.id, t.simulated]));
  const targetsById = new Map(targets.map((t) => [t.id, t]));
  const tasks = new Map((options.tasks ?? []).map((task) => [task.id, task]));
  const rows = (async function* () {
    for await (const sample of store.samples(run.id)) {
      const task = tasks.get(sample.taskId);
      const row = sampleRow(run.id, sample, simulated.get(sample.targetId) ?? false, expectedAnswer(task, sample.item, sample.trial));
      const target = targetsById.get(sample.targetId);
      if (options.prompts && task && target) row.prompt = JSON.stringify(await askedMessages(store, run.id, sample, sample.item, task, target));
      yield row;
    }
  })();
  if (format === "jsonl") {
    for await (const row of rows) yield JSON.stringify(row) + "\n";
  } else if (format === "json") {
    const header = { id: run.id, createdAt: new Date(run.createdAt).toISOString(), status: run.status, seed: run.seed, targets, tasks: run.tasks };
    yield `{"run":${JSON.stringify(header)},"samples":[`;
    let first = true;
    for await (const row of rows) {
      yield (first ? "\n" : ",\n") + JSON.stringify(row);
      first = false;
    }
    yield "\n]}\n";
  } else {
    yield* csvRows(store, run, rows, options.prompts === true && tasks.size > 0);
  }
}

/** CSV needs every column up front: one pass to collect column names, a second to write rows. */
async function* csvRows(store: ExportStore, run: StoredRun, rows: AsyncIterable<Row>, withPrompt: boolean): AsyncGenerator<string> {
  const columns = new Set<string>();
  for await (const sample of store.samples(run.id)) {
    for (const key of Object.keys(sampleRow(run.id, sample, false))) columns.add(key);
  }
  if (withPrompt) columns.add("prompt");
  const header = [...columns];
  yield header.map(csvField).join(",") + "\r\n";
  for await (const row of rows) yield header.map((column) => csvField(row[column] ?? null)).join(",") + "\r\n";
}
