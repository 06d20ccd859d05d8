// Runs in a worker thread: one compare (compare-sides.ts) on a read-only store of the worker's own, so pairing and
// testing every sample of both sides never blocks the server.

import { workerData } from "node:worker_threads";
import { answerWorkerJob } from "./answer-worker-job.ts";
import { compareSides, type CompareJob } from "./compare-sides.ts";

const job = workerData as CompareJob;
await answerWorkerJob(job.location, { readOnly: true }, async (store) => ({ diff: await compareSides(store, job) }));
