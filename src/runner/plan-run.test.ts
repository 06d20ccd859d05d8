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
    expect(adaptiveCapNotes([perCell], 10)).toEqual([`${perCell.id}: a cell gets at most 10 trials, too few for the sequential test ever to show one above the threshold (it needs 13); raise --trials`]);
    expect(adaptiveCapNotes([perCell], 13)).toEqual([]);
    // Pooled per length, a cell is both depths: 2 × 7 trials are enough.
    expect(adaptiveCapNotes([await build({ threshold: 0.85, groupBy: "length" })], 7)).toEqual([]);
  });
});
