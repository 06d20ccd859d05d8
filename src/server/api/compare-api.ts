// Two ticked runs (or two targets of one run) compared as `realitycheck compare` compares them: one target on each
// side, every shared task's differences A − B on identical samples with items as the unit. The sides are checked
// here; the pairing and testing (which loads both sides' samples) runs in a worker thread, one compare after another,
// and the result of two stopped runs is kept. Sides larger than the dashboard should hold are refused with the command
// to use instead.

import type { StoredRun } from "../../core/stored-run.ts";
import type { DeploymentDiff } from "../../reports/deployment-diff.ts";
import { requireRun, runStateKey, type DashboardData } from "../dashboard-data.ts";
import { HttpError } from "../http-response.ts";
import { KeptResults } from "../kept-results.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";
import type { CompareJob } from "./compare-sides.ts";
import { startWorker, workerReply } from "./worker-thread.ts";

/** Samples per side the dashboard compares (tens of seconds of work on a small machine). */
export const MAX_COMPARED_SAMPLES = 20_000;
const WORKER_HEAP_MB = 1024;
const KEPT_COMPARES = 4;
/** Compares waiting for the worker at most: each may take a while, and a forgotten tab must not queue without bound. */
const MAX_WAITING = 4;
const WORKER_MODULE = new URL("./compare-worker.ts", import.meta.url).href;

export interface ComparedRunSide {
  runId: string;
  targetId: string;
  simulated: boolean;
  /** The run's targets, to pick another. */
  targets: string[];
}

export interface CompareResponse {
  a: ComparedRunSide;
  b: ComparedRunSide;
  /** Tasks only one side has: not compared. */
  unshared: string[];
  diff: DeploymentDiff;
}

export class CompareService {
  private readonly data: DashboardData;
  private readonly kept = new KeptResults<DeploymentDiff>(KEPT_COMPARES);
  private running: { terminate(): Promise<number> } | undefined;
  /** Settles when every compare asked so far has. */
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private closed = false;

  constructor(data: DashboardData) {
    this.data = data;
  }

  route(): RouteHandler {
    return jsonRoute(async ({ url }): Promise<CompareResponse> => {
      const search = url.searchParams;
      const runA = await requireRun(this.data, required(search.get("a"), "a"));
      const runB = await requireRun(this.data, required(search.get("b"), "b"));
      const same = runA.id === runB.id;
      const a = side(runA, search.get("ta"), 0, "ta");
      const b = side(runB, search.get("tb"), same ? 1 : 0, "tb");
      if (same && a.targetId === b.targetId) throw new HttpError(400, "both sides name the same target of the same run");
      const tasks = runA.tasks.filter((task) => runB.tasks.some((other) => other.id === task.id)).map((t) => ({ id: t.id, groupBy: t.groupBy }));
      if (tasks.length === 0) throw new HttpError(422, `the two runs share no task (${runA.tasks.map((t) => t.id).join(", ")} vs ${runB.tasks.map((t) => t.id).join(", ")})`);
      for (const s of [a, b]) {
        const samples = (await this.data.store.countSamples(s.runId)).filter((c) => c.targetId === s.targetId).reduce((n, c) => n + c.done + c.errors, 0);
        if (samples > MAX_COMPARED_SAMPLES) throw new HttpError(413, `${s.targetId} has ${samples} samples in run ${s.runId}, more than the dashboard compares (${MAX_COMPARED_SAMPLES}); use realitycheck compare`);
      }
      const shared = new Set(tasks.map((t) => t.id));
      const unshared = [...new Set([...runA.tasks, ...runB.tasks].map((t) => t.id).filter((id) => !shared.has(id)))];
      const job: CompareJob = { location: this.data.location, a: { runId: a.runId, targetId: a.targetId }, b: { runId: b.runId, targetId: b.targetId }, tasks };
      const stopped = runA.status !== "running" && runB.status !== "running";
      const key = [runStateKey(runA), a.targetId, runStateKey(runB), b.targetId].join("\u0000");
      return { a, b, unshared, diff: await this.diff(job, stopped ? key : undefined) };
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running?.terminate();
  }

  private diff(job: CompareJob, key: string | undefined): Promise<DeploymentDiff> {
    const queued = () => {
      if (this.waiting >= MAX_WAITING) throw new HttpError(503, "other compares are being computed; try again in a minute");
      this.waiting++;
      const computing = this.queue.then(() => this.compute(job)).finally(() => this.waiting--);
      this.queue = computing.catch(() => undefined);
      return computing;
    };
    return key === undefined ? queued() : this.kept.get(key, queued);
  }

  private compute(job: CompareJob): Promise<DeploymentDiff> {
    if (this.closed) return Promise.reject(new HttpError(503, "the dashboard is stopping"));
    const worker = startWorker(WORKER_MODULE, job, WORKER_HEAP_MB);
    this.running = worker;
    const done = workerReply<{ diff: DeploymentDiff }>(worker, "compare", "these runs are too large to compare in the dashboard; use realitycheck compare").then((reply) => reply.diff);
    // The next compare may start once this one has answered, whether or not its thread has exited yet.
    return done.finally(() => {
      if (this.running === worker) this.running = undefined;
    });
  }
}

function required(value: string | null, name: string): string {
  if (value === null || value === "") throw new HttpError(400, `${name} (a run id) is required`);
  return value;
}

/** The named target, else the run's target at `position` (its last when it has fewer). */
function side(run: StoredRun, named: string | null, position: number, name: string): ComparedRunSide {
  const ids = run.targets.map((t) => t.id);
  const targetId = named || ids[Math.min(position, ids.length - 1)];
  const spec = run.targets.find((t) => t.id === targetId);
  if (!spec) throw new HttpError(400, `${name}: run ${run.id} has no target "${targetId ?? ""}" (targets: ${ids.join(", ")})`);
  return { runId: run.id, targetId: spec.id, simulated: spec.simulated, targets: ids };
}
