import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { generateText } from "ai";
import type { TargetSpec } from "../src/core/target.ts";
import { createAdapter } from "../src/providers/create-adapter.ts";
import { benchItem, benchMessages } from "./bench-task.ts";

const [variant, url, n] = process.argv.slice(2);
const target: TargetSpec = { id: "sim", provider: "simulator", model: "honest", settings: {}, stream: false, simulated: true };
const adapter = createAdapter(target, { env: { SIMULATOR_BASE_URL: url } });
const model = createOpenAICompatible({ name: "simulator", baseURL: url!, includeUsage: true }).chatModel("honest");
const outer = new AbortController();
async function one(i: number, prefix: string) {
  const messages = benchMessages(benchItem(prefix, i));
  if (variant === "sdk") return generateText({ model, messages, maxOutputTokens: 64, maxRetries: 0 });
  if (variant === "sdk-signal") return generateText({ model, messages, maxOutputTokens: 64, maxRetries: 0, abortSignal: AbortSignal.any([outer.signal, AbortSignal.timeout(300000)]) });
  if (variant === "adapter") return adapter.generate({ messages, settings: { maxOutputTokens: 64 } });
  if (variant === "adapter-signal") return adapter.generate({ messages, settings: { maxOutputTokens: 64 }, signal: AbortSignal.any([outer.signal, AbortSignal.timeout(300000)]) });
  if (variant === "adapter-timeout") return adapter.generate({ messages, settings: { maxOutputTokens: 64 }, signal: AbortSignal.timeout(300000) });
  if (variant === "adapter-ctl") { const c = new AbortController(); const t = setTimeout(() => c.abort(), 300000); try { return await adapter.generate({ messages, settings: { maxOutputTokens: 64 }, signal: c.signal }); } finally { clearTimeout(t); } }
  throw new Error(variant);
}
async function go(prefix: string, count: number) { let next = 0; await Promise.all(Array.from({ length: 64 }, async () => { while (next < count) await one(next++, prefix); })); }
await go("warm", 600);
const c0 = process.cpuUsage(); const t0 = performance.now();
await go("meas" + Math.random(), Number(n ?? 5000));
const c = process.cpuUsage(c0);
console.log(variant.padEnd(16), "cpu ms/sample", ((c.user + c.system) / 1000 / Number(n ?? 5000)).toFixed(3), "wall", (performance.now() - t0).toFixed(0), "rss", (process.resourceUsage().maxRSS/1024).toFixed(0));
