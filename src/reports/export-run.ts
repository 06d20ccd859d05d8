// Streams a run's samples as JSON, JSON Lines or CSV, one chunk at a time (memory stays flat on 100,000-sample runs).

import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import type { RunStore } from "../storage/run-store.ts";
import type { StoredRun } from "../storage/stored-run.ts";
import { csvField, sampleRow, type Row } from "./sample-rows.ts";

export type ExportFormat = "json" | "jsonl" | "csv";

export interface ExportOptions {
  format: ExportFormat;
  /** Include each sample's full prompt (messages as sent); with long-context tasks these can be very large. */
  prompts?: readonly Task[];
}

export function* exportRun(store: RunStore, run: StoredRun, targets: readonly TargetSpec[], options: ExportOptions): Generator<string> {
  const { format } = options;
  const simulated = new Map(targets.map((t) => [t.id, t.simulated]));
  const targetsById = new Map(targets.map((t) => [t.id, t]));
  const tasks = new Map((options.prompts ?? []).map((task) => [task.id, task]));
  const rows = (function* () {
    for (const sample of store.iterateSamples(run.id)) {
      const row = sampleRow(run.id, sample, simulated.get(sample.targetId) ?? false);
      const task = tasks.get(sample.taskId);
      const target = targetsById.get(sample.targetId);
      if (task && target) {
        const preparation = store.getPreparation(run.id, sample.targetId, sample.taskId);
        row.prompt = JSON.stringify(sample.item.messages ?? task.prompt(sample.item, { target, trial: sample.trial, preparation }));
      }
      yield row;
    }
  })();
  if (format === "jsonl") {
    for (const row of rows) yield JSON.stringify(row) + "\n";
  } else if (format === "json") {
    const header = { id: run.id, createdAt: new Date(run.createdAt).toISOString(), status: run.status, seed: run.seed, targets, tasks: run.tasks };
    yield `{"run":${JSON.stringify(header)},"samples":[`;
    let first = true;
    for (const row of rows) {
      yield (first ? "\n" : ",\n") + JSON.stringify(row);
      first = false;
    }
    yield "\n]}\n";
  } else {
    yield* csvRows(store, run, rows, tasks.size > 0);
  }
}

/** CSV needs every column up front: one pass to collect column names, a second to write rows. */
function* csvRows(store: RunStore, run: StoredRun, rows: Iterable<Row>, withPrompt: boolean): Generator<string> {
  const columns = new Set<string>();
  for (const sample of store.iterateSamples(run.id)) {
    for (const key of Object.keys(sampleRow(run.id, sample, false))) columns.add(key);
  }
  if (withPrompt) columns.add("prompt");
  const header = [...columns];
  yield header.map(csvField).join(",") + "\r\n";
  for (const row of rows) yield header.map((column) => csvField(row[column] ?? null)).join(",") + "\r\n";
}
