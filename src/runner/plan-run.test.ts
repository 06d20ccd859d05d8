import { describe, expect, it } from "vitest";
import { niahFamily } from "../families/niah/niah-family.ts";
import { simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { adaptiveCapNotes } from "./plan-run.ts";

describe("adaptiveCapNotes", () => {
  it("says when the cap is below what the sequential test can ever decide, per cell or pooled", async () => {
    const build = (adaptive: object) =>
      niahFamily.build(niahFamily.optionsSchema.parse({ lengths: "1k,2k", depths: "0,50", adaptive }), { seed: 1, cwd: tempDir(), targets: [simulatorTarget("honest@a")] });
    const perCell = await build({ threshold: 0.85 });
    expect(adaptiveCapNotes([perCell], 10)).toEqual([`${perCell.id}: a cell gets at most 10 trials, too few for the sequential test ever to show one above its threshold (it needs 13); raise --trials`]);
    expect(adaptiveCapNotes([perCell], 13)).toEqual([]);
    // Pooled per length, a cell is both depths: 2 × 7 trials are enough.
    expect(adaptiveCapNotes([await build({ threshold: 0.85, groupBy: "length" })], 7)).toEqual([]);
  });

  it("holds each group to its own tests: the strictest length speaks for the task", async () => {
    const groups = { "1000": [{ threshold: 0.55, zone: 0.05 }], "2000": [{ threshold: 0.55, zone: 0.05 }, { threshold: 0.9, zone: 0.05 }] };
    const task = await niahFamily.build(niahFamily.optionsSchema.parse({ lengths: "1k,2k", depths: "0,50", adaptive: { threshold: 0.9, zone: 0.05, groupBy: "length", groups } }), {
      seed: 1,
      cwd: tempDir(),
      targets: [simulatorTarget("honest@a")],
    });
    // 1k alone needs 17 (0.5 against 0.6); 2k needs 27 as well (0.85 against 0.95): two depths × 13 = 26 fall short.
    expect(adaptiveCapNotes([task], 13)).toEqual([`${task.id}: a cell gets at most 26 trials, too few for the sequential test ever to show one above its threshold (it needs 27); raise --trials`]);
    expect(adaptiveCapNotes([task], 14)).toEqual([]);
  });
});
