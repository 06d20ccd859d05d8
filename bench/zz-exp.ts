import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TargetSpec } from "../src/core/target.ts";
import { createAdapter } from "../src/providers/create-adapter.ts";
import { priceLookup } from "../src/runner/pricing.ts";
import { DEFAULT_RETRY_POLICY } from "../src/runner/retry-policy.ts";
import { executeRun } from "../src/runner/run-engine.ts";
import { openDatabase } from "../src/storage/open-database.ts";
import { ResponseCache } from "../src/storage/response-cache.ts";
import { RunStore } from "../src/storage/run-store.ts";
import { benchTask } from "./bench-task.ts";

const [variant, url, n] = process.argv.slice(2);
const db = openDatabase(variant!.includes("mem") ? ":memory:" : join(mkdtempSync(join(tmpdir(), "rc-exp-")), "r.db"));
let store = new RunStore(db);
const cache = variant!.includes("nocache") ? undefined : new ResponseCache(db);
if (variant!.includes("nullstore")) {
  const real = store;
  store = Object.create(real);
  (store as any).recordSample = () => {};
  (store as any).recordAttempt = () => {};
}
const target: TargetSpec = { id: "sim", provider: "simulator", model: "honest", settings: {}, stream: false, simulated: true };
const adapter = createAdapter(target, { env: { SIMULATOR_BASE_URL: url } });
async function go(prefix: string, count: number) {
  const task = benchTask(prefix, count);
  const runId = prefix;
  store.createRun({ id: runId, createdAt: Date.now(), seed: 1, spec: {}, targets: [target], tasks: [{ id: task.id, family: "b", params: {}, groupBy: [] }], items: task.items.map((item) => ({ taskId: task.id, item })) });
  return executeRun({ runId, targets: [target], tasks: [task], trials: 1 }, { store, cache, runtimes: new Map([[target.id, { adapter, concurrency: 64, limits: {}, endpoint: url! }]]), retry: DEFAULT_RETRY_POLICY, timeoutMs: 300_000, budget: {}, prices: priceLookup(), onEvent: () => {} });
}
await go("warm", 600);
const c0 = process.cpuUsage(); const t0 = performance.now();
await go("meas", Number(n ?? 5000));
const c = process.cpuUsage(c0);
console.log(variant, "cpu ms/sample", ((c.user + c.system) / 1000 / Number(n ?? 5000)).toFixed(3), "wall", (performance.now() - t0).toFixed(0));
