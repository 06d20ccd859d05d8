import { describe, expect, it } from "vitest";
import { cellVerdicts } from "../../test-support/cell-verdicts.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { niahFamily } from "./niah-family.ts";

// bench/adaptive-sampling.ts sweeps 1k..64k against a 5,000-token span; this is the same sweep at half the scale.
const MODEL = "span-2500@a";
const PROFILES = { "span-2500": { extends: "honest" as const, recallSpanTokens: 2500 } };
const THRESHOLD = 0.85;
const TRIALS = 30;

async function sweep(adaptive: boolean) {
  const options = { lengths: "512,1k,2k,4k,8k,16k,32k", depths: "0,50", ...(adaptive ? { adaptive: { threshold: THRESHOLD } } : {}) };
  const task = await niahFamily.build(niahFamily.optionsSchema.parse(options), { seed: 3, cwd: tempDir(), targets: [simulatorTarget(MODEL)] });
  const run = await runTasksOnSimulator([task], { models: [MODEL], profiles: PROFILES, trials: TRIALS });
  return run;
}

describe("adaptive sampling on a simulated long-context sweep", () => {
  it("reaches the fixed 30-trial grid's verdict in every cell with at least 40% fewer requests", async () => {
    const fixed = await sweep(false);
    const adaptive = await sweep(true);
    const fixedSamples = fixed.samples(`simulator:${MODEL}`);
    const adaptiveSamples = adaptive.samples(`simulator:${MODEL}`);
    expect(fixedSamples).toHaveLength(14 * TRIALS);
    const fixedVerdicts = cellVerdicts(fixedSamples, THRESHOLD, TRIALS);
    expect(cellVerdicts(adaptiveSamples, THRESHOLD, TRIALS)).toEqual(fixedVerdicts);
    // Both kinds of cell are in the sweep: recall within the span passes, beyond it fails.
    expect(new Set(fixedVerdicts.values())).toEqual(new Set(["above", "below"]));
    const saved = 1 - adaptiveSamples.length / fixedSamples.length;
    expect(saved, `fixed ${fixedSamples.length} requests, adaptive ${adaptiveSamples.length}`).toBeGreaterThanOrEqual(0.4);
    const finished = adaptive.events.find((e) => e.type === "run-finished");
    expect(finished).toMatchObject({ status: "completed", pending: 0, skipped: fixedSamples.length - adaptiveSamples.length });
  });
});
