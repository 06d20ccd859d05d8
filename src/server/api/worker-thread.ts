// A worker thread running one of the dashboard's TypeScript modules for one job (a run's summary, a compare): work
// that loads every sample goes there, so the server keeps answering meanwhile and a job too large for the heap cap
// fails alone. Replies with the module's one message.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { HttpError } from "../http-response.ts";

/**
 * Workers do not inherit the parent's TypeScript loader (Node 20), so each registers tsx's before loading the module.
 * The ESM entry of tsx/esm/api is named from tsx's own manifest: require.resolve would pick its CommonJS twin.
 */
function bootstrap(moduleUrl: string): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const entries = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import?: { default?: string } }> }).exports;
  const api = pathToFileURL(join(dirname(manifest), entries["./esm/api"]?.import?.default ?? "dist/esm/api/index.mjs")).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
}

/**
 * The worker's one reply (answer-worker-job.ts), or an HttpError saying why there is none: the job's own error (422),
 * the heap cap (507, with `tooLarge` saying what to use instead), a crash (500) or an exit before replying (500).
 */
export function workerReply<R extends object>(worker: Worker, what: string, tooLarge: string): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    worker.once("message", (reply: R | { error: string }) => ("error" in reply ? reject(new HttpError(422, `${what} unavailable: ${reply.error}`)) : resolve(reply)));
    worker.once("error", (error: Error & { code?: string }) => {
      const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      reject(new HttpError(outOfMemory ? 507 : 500, outOfMemory ? `${what} unavailable: ${tooLarge}` : `${what} failed: ${error.message}`));
    });
    worker.once("exit", (code) => reject(new HttpError(500, `${what} worker stopped (exit code ${code})`)));
  });
}

export function startWorker(moduleUrl: string, job: unknown, heapMb: number): Worker {
  return new Worker(bootstrap(moduleUrl), { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
}
