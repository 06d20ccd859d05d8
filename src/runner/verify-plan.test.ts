import { describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import { seededRandom } from "../core/random.ts";
import { niahFamily } from "../families/niah/niah-family.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { verifyPlan } from "./verify-plan.ts";

const claim = (fields: Partial<Claim> & Pick<Claim, "id" | "kind" | "threshold">): Claim => ({ subject: { model: "m" }, statement: "s", comparison: ">=", ...fields });
const claims = {
  name: "test",
  description: "a retrieval claim at 8k and an effective-context claim to 4k",
  claims: [claim({ id: "half", kind: "retrieval-accuracy", length: 8000, threshold: 0.5 }), claim({ id: "effective", kind: "effective-context", threshold: 4000 })],
};

async function sweepTask() {
  const sweep = verifyPlan(claims, []).sweep!;
  return niahFamily.build(niahFamily.optionsSchema.parse(sweep.options), { seed: 1, cwd: tempDir(), targets: [simulatorTarget("honest@a")] });
}

describe("verifyPlan's long-context sweep", () => {
  it("tests each length against the thresholds of the claims that name it, each just above its claim", () => {
    expect(verifyPlan(claims, []).sweep?.options).toMatchObject({
      lengths: "1000,2000,4000,8000",
      adaptive: {
        groupBy: "length",
        groups: { "1000": [{ threshold: 0.9, zone: 0.05 }], "4000": [{ threshold: 0.9, zone: 0.05 }], "8000": [{ threshold: 0.55, zone: 0.05 }] },
      },
    });
  });

  it("does not stop a 70% length named by a ≥ 0.5 claim as below the effective-context bar", async () => {
    const task = await sweepTask();
    const cell = (length: number) => task.adaptive!.cellOf(task.items.find((item) => item.metadata.length === length)!);
    // 14 of 20 is below 0.85 − 0.05 by the sequential test's reading, and not yet above 0.5 + 0.05.
    expect(task.adaptive!.decided(14, 20, cell(2000))).toBe(true);
    expect(task.adaptive!.decided(14, 20, cell(8000))).toBe(false);
    expect(task.adaptive!.fewestTrials(cell(8000))).toEqual({ above: 17, below: 14 });
    expect(task.adaptive!.rule).toBe(
      "sequential test of each length (pooled) against its own thresholds, all decided before it stops: " +
        "0.9 at 1000, 2000, 4000 (wrong-side error at most 0.05 when the rate is outside 0.85-0.95); 0.55 at 8000 (wrong-side error at most 0.05 when the rate is outside 0.5-0.6)",
    );
  });

  it("supports a ≥ 0.5 claim at a length whose rate is 0.7 from the trials the sweep asks (29% when every length was tested against the 0.85 bar)", async () => {
    const task = await sweepTask();
    const cell = task.adaptive!.cellOf(task.items.find((item) => item.metadata.length === 8000)!);
    const cap = (task.items.filter((item) => task.adaptive!.cellOf(item) === cell).length) * 30;
    const rng = seededRandom(15);
    let supported = 0;
    for (let run = 0; run < 400; run++) {
      let successes = 0;
      let trials = 0;
      while (trials < cap && !(trials > 0 && task.adaptive!.decided(successes, trials, cell))) {
        trials++;
        if (rng() < 0.7) successes++;
      }
      if (wilsonInterval(successes, trials).lower >= 0.5) supported++;
    }
    expect(supported / 400).toBeGreaterThan(0.95);
  });
});
