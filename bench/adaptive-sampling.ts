// Adaptive sampling against a fixed grid on a simulated long-context sweep: requests each needs, and whether every
// cell gets the same verdict. The simulated model recalls only its last 5,000 prompt tokens (a test double).
// Run: npx tsx bench/adaptive-sampling.ts [--trials 30] [--threshold 0.85] [--lengths 1k..64k] [--depths 0,50]

import { parseArgs } from "node:util";
import { niahFamily } from "../src/families/niah/niah-family.ts";
import { cellVerdicts } from "../src/test-support/cell-verdicts.ts";
import { runTasksOnSimulator, simulatorTarget } from "../src/test-support/run-task.ts";
import { tempDir } from "../src/test-support/temp-dir.ts";

const { values } = parseArgs({ options: { trials: { type: "string" }, threshold: { type: "string" }, lengths: { type: "string" }, depths: { type: "string" } } });
const trials = Number(values.trials ?? 30);
const threshold = Number(values.threshold ?? 0.85);
const model = "span-5k@bench";

async function sweep(adaptive: boolean) {
  const options = { lengths: values.lengths ?? "1k..64k", depths: values.depths ?? "0,50", ...(adaptive ? { adaptive: { threshold } } : {}) };
  const task = await niahFamily.build(niahFamily.optionsSchema.parse(options), { seed: 3, cwd: tempDir(), targets: [simulatorTarget(model)] });
  const started = performance.now();
  const run = await runTasksOnSimulator([task], { models: [model], profiles: { "span-5k": { extends: "honest", recallSpanTokens: 5000 } }, trials });
  const samples = run.samples(`simulator:${model}`);
  const tokens = samples.reduce((sum, s) => sum + (s.result?.usage.inputTokens ?? 0) + (s.result?.usage.outputTokens ?? 0), 0);
  return { samples, tokens, seconds: (performance.now() - started) / 1000 };
}

const fixed = await sweep(false);
const adaptive = await sweep(true);
const a = cellVerdicts(fixed.samples, threshold, trials);
const b = cellVerdicts(adaptive.samples, threshold, trials);
const same = [...a].filter(([id, verdict]) => b.get(id) === verdict).length;
const counts = (v: Map<string, string>) => [...new Set(v.values())].map((x) => `${x} ${[...v.values()].filter((y) => y === x).length}`).join(", ");
console.log(`sweep: ${a.size} cells (${values.lengths ?? "1k..64k"} x depths ${values.depths ?? "0,50"}), threshold ${threshold}, up to ${trials} trials per cell`);
console.log(`fixed grid: ${fixed.samples.length} requests, ${fixed.tokens} tokens, ${fixed.seconds.toFixed(1)} s; verdicts: ${counts(a)}`);
console.log(`adaptive:   ${adaptive.samples.length} requests, ${adaptive.tokens} tokens, ${adaptive.seconds.toFixed(1)} s; verdicts: ${counts(b)}`);
console.log(`same verdict in ${same} of ${a.size} cells; requests saved ${(100 * (1 - adaptive.samples.length / fixed.samples.length)).toFixed(1)}%, tokens saved ${(100 * (1 - adaptive.tokens / fixed.tokens)).toFixed(1)}%`);
