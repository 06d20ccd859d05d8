// The body of a dashboard worker thread (metrics-worker.ts, compare-worker.ts): one job on a store of the worker's own,
// answered with one message: the job's result, or the first line of a realitycheck error. Any other error is a bug: it
// crashes the worker, and the server reports that (worker-thread.ts, workerReply).

import { parentPort } from "node:worker_threads";
import { isRealitycheckError } from "../../core/errors.ts";
import type { RunStore } from "../../core/run-store.ts";
import { openRunStore, type OpenStoreOptions } from "../../storage/open-store.ts";

export async function answerWorkerJob<R>(location: string, options: OpenStoreOptions, job: (store: RunStore) => Promise<R>): Promise<void> {
  const store = await openRunStore(location, { ...options, mustExist: true });
  let reply: R | { error: string };
  try {
    reply = await job(store);
  } catch (error) {
    if (!isRealitycheckError(error)) throw error;
    reply = { error: error.message.split("\n")[0] ?? error.kind };
  } finally {
    await store.close();
  }
  parentPort!.postMessage(reply);
}
