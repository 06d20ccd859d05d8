// Runs in a worker thread: one compare (compare-sides.ts) on a read-only store of the worker's own, so pairing and
// testing every sample of both sides never blocks the server.

import { parentPort, workerData } from "node:worker_threads";
import { isRealitycheckError } from "../../core/errors.ts";
import { openRunStore } from "../../storage/open-store.ts";
import { compareSides, type CompareJob, type CompareReply } from "./compare-sides.ts";

const job = workerData as CompareJob;
const store = await openRunStore(job.location, { mustExist: true, readOnly: true });
let reply: CompareReply;
try {
  reply = { diff: await compareSides(store, job) };
} catch (error) {
  if (!isRealitycheckError(error)) throw error;
  reply = { error: error.message.split("\n")[0] ?? error.kind };
} finally {
  await store.close();
}
parentPort!.postMessage(reply);
