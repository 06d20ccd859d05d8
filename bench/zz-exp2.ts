import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TargetSpec } from "../src/core/target.ts";
import type { ModelAdapter } from "../src/core/model-adapter.ts";
import { priceLookup } from "../src/runner/pricing.ts";
import { DEFAULT_RETRY_POLICY } from "../src/runner/retry-policy.ts";
import { executeRun } from "../src/runner/run-engine.ts";
import { openDatabase } from "../src/storage/open-database.ts";
import { ResponseCache } from "../src/storage/response-cache.ts";
import { RunStore } from "../src/storage/run-store.ts";
import { benchTask } from "./bench-task.ts";

const [variant, n] = process.argv.slice(2);
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
const adapter: ModelAdapter = {
  provider: "fake", model: "fake",
  async generate(req) { await new Promise((r) => setImmediate(r)); const m = /what is (\d+) plus (\d+)/.exec(req.messages[0]!.content)!; return { text: `ANSWER: ${Number(m[1]) + Number(m[2])}`, finishReason: "stop", usage: { inputTokens: 20, outputTokens: 3 }, latencyMs: 1, responseModel: "honest", rateLimit: undefined }; },
  async stream(req) { return this.generate(req); },
};
async function go(prefix: string, count: number) {
  const task = benchTask(prefix, count);
  const runId = prefix;
  store.createRun({ id: runId, createdAt: Date.now(), seed: 1, spec: {}, targets: [target], tasks: [{ id: task.id, family: "b", params: {}, groupBy: [] }], items: task.items.map((item) => ({ taskId: task.id, item })) });
  return executeRun({ runId, targets: [target], tasks: [task], trials: 1 }, { store, cache, runtimes: new Map([[target.id, { adapter, concurrency: 64, limits: {}, endpoint: "x" }]]), retry: DEFAULT_RETRY_POLICY, timeoutMs: 300_000, budget: {}, prices: priceLookup(), onEvent: () => {} });
}
await go("warm", 2000);
const c0 = process.cpuUsage(); const t0 = performance.now();
const o = await go("meas", Number(n ?? 20000));
const c = process.cpuUsage(c0);
console.log(variant, o.done, "cpu ms/sample", ((c.user + c.system) / 1000 / Number(n ?? 20000)).toFixed(4), "wall", (performance.now() - t0).toFixed(0));
