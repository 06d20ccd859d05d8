// The throughput benchmark: (a) the harness's CPU and memory per sample beside the AI SDK alone and a bare fetch loop,
// (b) how close a rate-limited run keeps to the host's limits. Prints numbers; never fails a test suite.
// Run: npm run bench:throughput [-- --part a|b|all --samples 5000 --rounds 3 --memory 20000 --seconds 20]

import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { spawnSimulators } from "./child-process.ts";
import { memoryTable, overheadTable } from "./overhead-part.ts";
import { RATE_PROFILES, RATE_RUNS, rateLimitTable } from "./rate-limit-part.ts";

const { values } = parseArgs({
  options: {
    part: { type: "string", default: "all" },
    samples: { type: "string", default: "5000" },
    rounds: { type: "string", default: "3" },
    memory: { type: "string", default: "20000" },
    seconds: { type: "string", default: "20" },
  },
});
const part = values.part;
if (!["a", "b", "all"].includes(part)) throw new Error(`--part must be a, b or all, not "${part}"`);
const samples = Number(values.samples);
const rounds = Math.max(1, Number(values.rounds));
const memorySamples = Number(values.memory);
const seconds = Number(values.seconds);

const log = (text: string) => process.stdout.write(`${text}\n`);
const started = performance.now();
log(`realitycheck throughput bench: node ${process.version}, ${cpus().length} CPUs; the simulator runs in its own process`);

// Simulator 0 serves part (a); part (b) gives each of its runs one of its own.
const simulators = await spawnSimulators(RATE_PROFILES, 1 + RATE_RUNS.length);
const url = simulators.urls[0]!;
const verdicts: boolean[] = [];
try {
  if (part !== "b") {
    log(`\n(a) overhead: ${samples.toLocaleString("en-US")} unique samples per client, 64 concurrent, simulator "honest" at zero latency`);
    log("    each row is a fresh process, warmed up first; CPU is user+system of that process over the measured requests\n");
    for (const verdict of await overheadTable(url, samples, rounds, log)) verdicts.push(verdict.pass);
    const every = Math.max(1, Math.round(memorySamples / 8));
    log(`\n    memory: one harness run of ${memorySamples.toLocaleString("en-US")} non-streamed samples, a full GC (--expose-gc) every ${every.toLocaleString("en-US")}\n`);
    verdicts.push((await memoryTable(url, memorySamples, every, log)).pass);
  }
  if (part !== "a") {
    log(`\n(b) rate limits: simulated host enforcing 1,200 requests/min and 120,000 tokens/min (1 s bursts), ~${seconds} s per run, 64 workers\n`);
    for (const verdict of await rateLimitTable(simulators, 1, seconds, log)) verdicts.push(verdict.pass);
  }
} finally {
  await simulators.close();
}
const passed = verdicts.filter(Boolean).length;
log(`\n${passed} of ${verdicts.length} targets met; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
