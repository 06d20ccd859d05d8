import { describe, expect, it } from "vitest";
import type { ScoredSample } from "../../core/task.ts";
import { sequentialDecision } from "../../stats/sequential-rule.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { NIAH_SCORER } from "./niah-grid.ts";
import { niahFamily } from "./niah-family.ts";

const MODEL = "span-5k@a";
const PROFILES = { "span-5k": { extends: "honest" as const, recallSpanTokens: 5000 } };
const THRESHOLD = 0.85;
const TRIALS = 30;

async function sweep(adaptive: boolean) {
  const options = { lengths: "1k..64k", depths: "0,50", ...(adaptive ? { adaptive: { threshold: THRESHOLD } } : {}) };
  const task = await niahFamily.build(niahFamily.optionsSchema.parse(options), { seed: 3, cwd: tempDir(), targets: [simulatorTarget(MODEL)] });
  const run = await runTasksOnSimulator([task], { models: [MODEL], profiles: PROFILES, trials: TRIALS });
  return run;
}

/** Each cell's verdict as a fixed grid of TRIALS trials would give it, from whatever trials the cell got. */
function verdicts(samples: readonly ScoredSample[]): Map<string, string> {
  const cells = new Map<string, { successes: number; trials: number }>();
  for (const sample of samples) {
    const cell = cells.get(sample.itemId) ?? { successes: 0, trials: 0 };
    cell.trials++;
    if (sample.scores.find((s) => s.scorer === NIAH_SCORER)?.value === 1) cell.successes++;
    cells.set(sample.itemId, cell);
  }
  return new Map([...cells].map(([id, cell]) => [id, sequentialDecision({ ...cell, threshold: THRESHOLD, maxTrials: TRIALS })]));
}

describe("adaptive sampling on a simulated long-context sweep", () => {
  it("reaches the fixed 30-trial grid's verdict in every cell with at least 40% fewer requests", async () => {
    const fixed = await sweep(false);
    const adaptive = await sweep(true);
    const fixedSamples = fixed.samples(`simulator:${MODEL}`);
    const adaptiveSamples = adaptive.samples(`simulator:${MODEL}`);
    expect(fixedSamples).toHaveLength(14 * TRIALS);
    const fixedVerdicts = verdicts(fixedSamples);
    expect(verdicts(adaptiveSamples)).toEqual(fixedVerdicts);
    // Both kinds of cell are in the sweep: recall within the span passes, beyond it fails.
    expect(new Set(fixedVerdicts.values())).toEqual(new Set(["above", "below"]));
    const saved = 1 - adaptiveSamples.length / fixedSamples.length;
    expect(saved, `fixed ${fixedSamples.length} requests, adaptive ${adaptiveSamples.length}`).toBeGreaterThanOrEqual(0.4);
    const finished = adaptive.events.find((e) => e.type === "run-finished");
    expect(finished).toMatchObject({ status: "completed", pending: 0, skipped: fixedSamples.length - adaptiveSamples.length });
  });
});
