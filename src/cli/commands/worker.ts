// `realitycheck worker`: takes queued samples (`run --queue`) of any run from the shared PostgreSQL store and asks
// them, on as many machines as wanted. Stops on Ctrl-C (its jobs go back to the queue) or, with --exit-when-idle,
// once the queue has been empty that long.

import { hostname } from "node:os";
import { loadConfig } from "../../config/load-config.ts";
import type { RunEvent } from "../../core/events.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { runWorker, type WorkerEvent } from "../../runner/queue-worker.ts";
import { openSharedWork } from "../../storage/open-shared-work.ts";
import type { Command, CommandIO } from "../command.ts";
import { numberFlag, stringFlag } from "../flag-values.ts";
import { shownLocation, storagePath } from "../open-store.ts";

const DEFAULT_CAPACITY = 32;
/** How often a plain progress line is printed while jobs finish. */
const PROGRESS_EVERY_MS = 5000;

export const workerCommand: Command = {
  name: "worker",
  summary: "Ask queued samples (run --queue) from a shared PostgreSQL store; start one on each machine that should help.",
  usage: "worker [--db postgres://...] [--capacity N] [--exit-when-idle SECONDS]",
  options: { config: { type: "string" }, db: { type: "string" }, capacity: { type: "string" }, "exit-when-idle": { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const { config } = loadConfig(stringFlag(args.values, "config"), io.cwd);
    const capacity = numberFlag(args.values, "capacity", { integer: true, min: 1 }) ?? DEFAULT_CAPACITY;
    const idleSeconds = numberFlag(args.values, "exit-when-idle", { min: 0 });
    const location = storagePath(stringFlag(args.values, "db"), config, io.cwd, io.env);
    // A connection per sample in flight at most, plus the queue's and the rate buckets' own.
    const credentials = credentialsInUse(io.env, config.providers);
    const shared = await openSharedWork(location, { supervise: true, maxConnections: Math.min(capacity, 16) + 2, credentials });
    try {
      io.stderr.write(`worker ${hostname()}:${process.pid} taking jobs from ${shownLocation(location)} (${capacity} in flight)\n`);
      const tally = await runWorker({
        store: shared.store,
        queue: shared.queue,
        config,
        env: io.env,
        cwd: io.cwd,
        capacity,
        sharedLimit: shared.sharedLimit,
        onEvent: workerProgress(io),
        signal: io.signal,
        exitWhenIdleMs: idleSeconds === undefined ? undefined : idleSeconds * 1000,
      });
      io.stdout.write(`worker: ${tally.done} samples stored, ${tally.error} stored as errors, ${tally.elsewhere} already stored by another worker, ${tally.released} handed back\n`);
      return io.signal.aborted ? 130 : 0;
    } finally {
      await shared.close();
    }
  },
};

/** One line per run finished, and a count of this worker's jobs every few seconds while it has any. */
function workerProgress(io: CommandIO): (event: RunEvent | WorkerEvent) => void {
  let jobs = 0;
  let lastLine = Date.now();
  return (event) => {
    if (event.type === "worker-run-completed") io.stderr.write(`run ${event.runId} completed: ${event.samples} samples stored\n`);
    if (event.type === "worker-run-failed") {
      io.stderr.write(`run ${event.runId} failed: target ${event.targetId} is failing (${event.reason}); ${event.cancelled} waiting jobs dropped; fix it and \`realitycheck resume ${event.runId}\`\n`);
    }
    if (event.type === "worker-job" && event.outcome === "released" && event.reason) io.stderr.write(`run ${event.runId}: a job went back to the queue (${event.reason})\n`);
    if (event.type !== "worker-job") return;
    jobs++;
    if (Date.now() - lastLine < PROGRESS_EVERY_MS) return;
    lastLine = Date.now();
    io.stderr.write(`worker: ${jobs} jobs finished\n`);
  };
}
