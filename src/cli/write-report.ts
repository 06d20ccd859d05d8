// Writes a run's Markdown report next to the results database and returns its path.

import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { markdownReport } from "../reports/markdown-report.ts";
import { summarizeRun } from "../reports/run-summary.ts";
import { loadStoredRun } from "../runner/load-stored-run.ts";
import type { RunStore } from "../storage/run-store.ts";

export async function writeMarkdownReport(store: RunStore, dbPath: string, runId: string, cwd: string): Promise<string> {
  const { run, spec, tasks, targets } = await loadStoredRun(store, runId, cwd);
  const summaries = summarizeRun(store, run.id, tasks, targets, spec.trials);
  const text = markdownReport({ runId: run.id, createdAt: run.createdAt, status: run.status, seed: run.seed, trials: spec.trials, summaries });
  const dir = join(dirname(dbPath), "reports");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${run.id}.md`);
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
  return path;
}
