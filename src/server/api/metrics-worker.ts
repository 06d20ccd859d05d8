// Runs in a worker thread: one run's summary, read when stored, else computed as `show` computes it and stored when
// the run has stopped. Style metrics over every answer take about a minute per 100,000 samples, so they are computed
// here, away from the server's event loop, on a store of the worker's own: its only write is the summary.

import { workerData } from "node:worker_threads";
import { loadRunMetrics } from "../../runner/run-metrics.ts";
import { answerWorkerJob } from "./answer-worker-job.ts";
import { metricsResponse, type MetricsJob } from "./metrics-api.ts";

const job = workerData as MetricsJob;
await answerWorkerJob(job.location, {}, async (store) => metricsResponse((await loadRunMetrics(store, job.runId, job.cwd)).metrics));
