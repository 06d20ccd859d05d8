import { describe, expect, it } from "vitest";
import type { TargetSpec } from "../../core/target.ts";
import type { ScoredSample } from "../../core/task.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { buildGrid, effectiveContextLength } from "../../metrics/niah-grid.ts";
import { niahFamily } from "./niah-family.ts";

async function niahTask(options: Record<string, unknown>, targets: TargetSpec[], seed = 7) {
  return niahFamily.build(niahFamily.optionsSchema.parse(options), { seed, cwd: tempDir(), targets });
}

function sizeErrors(samples: ScoredSample[]): number[] {
  return samples.map((sample) => Math.abs(sample.result!.usage.inputTokens! / Number(sample.item.metadata.length) - 1));
}

describe("niah against the simulator", () => {
  it("finds the effective length of a model whose recall fades beyond a span, within one grid step", async () => {
    const model = "span-5k@a";
    const task = await niahTask({ lengths: "1k..16k", depths: "0..100:10" }, [simulatorTarget(model)]);
    const run = await runTasksOnSimulator([task], { models: [model], trials: 8, profiles: { "span-5k": { extends: "honest", recallSpanTokens: 5000 } } });
    const samples = run.samples(`simulator:${model}`);
    expect(samples).toHaveLength(5 * 11 * 8);
    const grid = buildGrid(samples, "niah");
    expect(grid.byLength.map((cell) => cell.accuracy)).toEqual([1, 1, 1, expect.any(Number), expect.any(Number)]);
    // The truth is 5,000 tokens; the grid steps are 4k and 8k. At 8k the depths from 40% on still hold (7 of 11) and
    // at 16k four depths of eleven: with the depths as items that fall is not decided, so the two are one block, which
    // fails: 4k, the grid step below the truth.
    const found = effectiveContextLength(grid)!;
    expect(found).toMatchObject({ atLeast: 4000, atMost: 4000 });
    expect(found.lengths[3]).toMatchObject({ status: "failed", pooled: { lengths: [8000, 16000], value: 0.5 } });
    expect(run.metrics(`simulator:${model}`).find((m) => m.name === "effective_context_length")?.value).toBe(4000);
  });

  it("sizes prompts to within 1% of each length by the host's own count with the target's tokenizer", async () => {
    const model = "honest@sizing";
    const task = await niahTask({ lengths: "1k,10k,40k", depths: "50" }, [simulatorTarget(model)]);
    const run = await runTasksOnSimulator([task], { models: [model], trials: 2 });
    expect(await run.store.getPreparation(run.runId, `simulator:${model}`, "niah")).toMatchObject({ tokenizer: "simulator", calibrationRequests: 3 });
    expect(sizeErrors(run.samples(`simulator:${model}`)).every((error) => error <= 0.01)).toBe(true);
  });

  it("calibrates a stand-in tokenizer 25% off the host's count to within 2%, where uncalibrated sizes miss by 20%", async () => {
    const model = "honest@stand-in";
    const options = { lengths: "1k,10k,40k", depths: "50", tokenizer: "o200k" };
    const calibrated = await runTasksOnSimulator([await niahTask(options, [simulatorTarget(model)])], { models: [model], trials: 2 });
    const preparation = await calibrated.store.getPreparation(calibrated.runId, `simulator:${model}`, "niah");
    expect(String(preparation?.summary)).toMatch(/^o200k, calibrated on 3 requests \(host\/local 1\.2\d\d\)$/);
    expect(Math.max(...sizeErrors(calibrated.samples(`simulator:${model}`)))).toBeLessThanOrEqual(0.02);
    const raw = await runTasksOnSimulator([await niahTask({ ...options, calibrate: false }, [simulatorTarget(model)])], { models: [model], trials: 1 });
    expect(Math.min(...sizeErrors(raw.samples(`simulator:${model}`)))).toBeGreaterThan(0.2);
  });

  it("reproduces the review's three hidden sentences with per-needle recall, and rejections stay in the grid", async () => {
    const model = "context-8k@a";
    const task = await niahTask({ lengths: "2k,4k,16k", depths: "0,50", needles: ["multi"], needleCount: 3 }, [simulatorTarget(model)]);
    const run = await runTasksOnSimulator([task], { models: [model], trials: 3 });
    const samples = run.samples(`simulator:${model}`);
    const grid = buildGrid(samples, "niah");
    expect(grid.byLength[0]).toMatchObject({ accuracy: 1, asked: 6 });
    expect(grid.byLength[2]).toMatchObject({ accuracy: 0, answered: 0, outcomes: { rejected: 6 } });
    const metrics = run.metrics(`simulator:${model}`);
    expect(metrics.find((m) => m.name === "rate:rejected")?.value).toBeCloseTo(6 / 18);
    expect(metrics.find((m) => m.name === "needle_recall")).toMatchObject({ value: 1, n: 12 });
    for (const index of [1, 2, 3]) expect(metrics.find((m) => m.name === `needle_recall[${index}]`)?.value).toBe(1);
  });

  it("draws fresh needles every trial and the same ones again for the same seed", async () => {
    const target = simulatorTarget("honest@fresh");
    const task = await niahTask({ lengths: "1k", depths: "50" }, [target]);
    const item = task.items[0]!;
    const first = task.prompt(item, { target, trial: 1 })[0]!.content;
    expect(task.prompt(item, { target, trial: 2 })[0]!.content).not.toBe(first);
    const again = await niahTask({ lengths: "1k", depths: "50" }, [target]);
    expect(again.prompt(item, { target, trial: 1 })[0]!.content).toBe(first);
  });
});
