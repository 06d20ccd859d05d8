// Runs in a worker thread: one run's summary, read when stored, else computed as `show` computes it and stored when
// the run has stopped. Style metrics over every answer take about a minute per 100,000 samples, so they are computed
// here, away from the server's event loop, on a store of the worker's own: its only write is the summary.

import { parentPort, workerData } from "node:worker_threads";
import { isRealitycheckError } from "../../core/errors.ts";
import { loadRunMetrics } from "../../runner/run-metrics.ts";
import { openRunStore } from "../../storage/open-store.ts";
import { metricsResponse, type MetricsJob, type MetricsReply } from "./metrics-api.ts";

const job = workerData as MetricsJob;
const store = await openRunStore(job.location, { mustExist: true });
let reply: MetricsReply;
try {
  reply = metricsResponse((await loadRunMetrics(store, job.runId, job.cwd)).metrics);
} catch (error) {
  if (!isRealitycheckError(error)) throw error;
  reply = { error: error.message.split("\n")[0] ?? error.kind };
} finally {
  await store.close();
}
parentPort!.postMessage(reply);
