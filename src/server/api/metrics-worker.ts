// Runs in a worker thread: one run's full metrics, as `realitycheck show` computes them. Style metrics over every
// answer take about a minute per 100,000 samples, so they are computed here, away from the server's event loop,
// on a read-only store of their own.

import { parentPort, workerData } from "node:worker_threads";
import { isRealitycheckError } from "../../core/errors.ts";
import { summarizeRun } from "../../metrics/summarize-run.ts";
import { loadStoredRun } from "../../runner/load-stored-run.ts";
import { openRunStore } from "../../storage/open-store.ts";
import type { MetricsJob, MetricsReply } from "./metrics-api.ts";

const job = workerData as MetricsJob;
const store = await openRunStore(job.location, { readOnly: true });
let reply: MetricsReply;
try {
  const loaded = await loadStoredRun(store, job.runId, job.cwd);
  reply = { summaries: await summarizeRun(store, job.runId, loaded.tasks, loaded.targets, loaded.spec.trials) };
} catch (error) {
  if (!isRealitycheckError(error)) throw error;
  reply = { error: error.message.split("\n")[0] ?? error.kind };
} finally {
  await store.close();
}
parentPort!.postMessage(reply);
