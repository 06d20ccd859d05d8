// The items × targets matrix of one task, a page of rows at a time: one store read per task (no sample text), kept
// for a run nobody is executing so paging and filtering a large run reads the store once; a live run is read on
// every page.

import type { StoredRun } from "../../core/stored-run.ts";
import { requireRun, runStateKey, stateOf, type DashboardData } from "../dashboard-data.ts";
import { HttpError } from "../http-response.ts";
import { KeptResults } from "../kept-results.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import type { AnswerOutcome } from "./answer-outcome.ts";
import { matrixRows, type MatrixRow, type MatrixRows, type MatrixTrial } from "./matrix-rows.ts";
import { sampleRef } from "./samples-api.ts";

export const MATRIX_PAGE = 100;
const MAX_MATRIX_PAGE = 500;
/** Tasks whose rows are kept at once (a 50,000-sample task's rows are a few MB). */
const KEPT_TASKS = 4;

export interface MatrixResponse {
  taskId: string;
  family: string;
  tasks: string[];
  scorer: string | null;
  targets: { id: string; simulated: boolean }[];
  /** Per target, in the targets' order: answers per outcome over the whole task. */
  counts: Record<AnswerOutcome, number>[];
  items: number;
  disagreements: number;
  /** Rows matching the filter; the page is rows[offset, offset + limit). */
  matching: number;
  offset: number;
  limit: number;
  rows: (Omit<MatrixRow, "cells"> & { cells: (MatrixTrial & { ref: string })[][] })[];
}

export class MatrixService {
  private readonly data: DashboardData;
  private readonly kept = new KeptResults<MatrixRows>(KEPT_TASKS);

  constructor(data: DashboardData) {
    this.data = data;
  }

  route(): RouteHandler {
    return jsonRoute(async ({ params, url }): Promise<MatrixResponse> => {
      const run = await requireRun(this.data, params.id!);
      const search = url.searchParams;
      const taskId = search.get("task") ?? run.tasks[0]?.id;
      const task = run.tasks.find((t) => t.id === taskId);
      if (!task) throw new HttpError(404, `run ${run.id} has no task "${taskId ?? ""}"`);
      const offset = integer(search.get("offset"), 0, "offset", Number.MAX_SAFE_INTEGER);
      const limit = integer(search.get("limit"), MATRIX_PAGE, "limit", MAX_MATRIX_PAGE, 1);
      const matrix = await this.rows(run, task.id);
      const matching = search.get("disagree") === "1" ? matrix.rows.filter((row) => row.disagree) : matrix.rows;
      const targetIds = run.targets.map((t) => t.id);
      return {
        taskId: task.id,
        family: task.family,
        tasks: run.tasks.map((t) => t.id),
        scorer: matrix.scorer,
        targets: run.targets.map((t) => ({ id: t.id, simulated: t.simulated })),
        counts: matrix.counts,
        items: matrix.rows.length,
        disagreements: matrix.disagreements,
        matching: matching.length,
        offset,
        limit,
        rows: matching.slice(offset, offset + limit).map((row) => ({
          ...row,
          cells: row.cells.map((trials, c) => trials.map((t) => ({ ...t, ref: sampleRef({ targetId: targetIds[c]!, taskId: task.id, itemId: row.itemId, trial: t.trial }) }))),
        })),
      };
    });
  }

  private rows(run: StoredRun, taskId: string): Promise<MatrixRows> {
    const read = async () => matrixRows(await this.data.store.taskMatrix(run.id, taskId), run.targets.map((t) => t.id));
    if (stateOf(this.data, run) === "running") return read();
    return this.kept.get(`${runStateKey(run)}\u0000${taskId}`, read);
  }
}

function integer(raw: string | null, fallback: number, name: string, max: number, min = 0): number {
  if (raw === null || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new HttpError(400, `${name} must be an integer from ${min} to ${max}`);
  return value;
}
