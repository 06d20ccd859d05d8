// Long-context claims against niah on the simulator, where the truth is known: `honest` finds every needle, `span`
// forgets everything but the last 1,500 prompt tokens (so at 4k only the needle at depth 90 survives).

import { describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import { niahFamily } from "../families/niah/niah-family.ts";
import { runTasksOnSimulator, simulatorTarget } from "../test-support/run-task.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { evidenceFromRun } from "../runner/run-evidence.ts";
import { decideVerdict } from "./verdict.ts";

const PROFILES = { span: { extends: "honest", recallSpanTokens: 1500 } };
const GRID = { lengths: "1k,4k,16k", depths: "10,50,90" };

async function niahEvidence(models: string[], trials: number) {
  const targets = models.map((model) => simulatorTarget(model));
  const task = await niahFamily.build(niahFamily.optionsSchema.parse(GRID), { seed: 3, cwd: tempDir(), targets });
  const run = await runTasksOnSimulator([task], { models, profiles: PROFILES, trials });
  return evidenceFromRun(run.store, run.runId, { tasks: [task], targets, trials });
}

const claim = (fields: Partial<Claim> & Pick<Claim, "id" | "kind" | "threshold">): Claim => ({ subject: { model: "sim" }, statement: "s", comparison: ">=", ...fields });
const effective16k = claim({ id: "effective", kind: "effective-context", threshold: 16_000 });
const retrieval4k = claim({ id: "retrieval", kind: "retrieval-accuracy", length: 4_000, threshold: 0.7 });
const mostly4k = claim({ id: "mostly", kind: "retrieval-accuracy", length: 4_000, threshold: 0.8 });

describe("niah claims against simulated models with known recall", () => {
  it("contradicts retrieval and effective-context claims for a model that forgets, supports retrieval for one that does not", async () => {
    const evidence = await niahEvidence(["span@sim", "honest@sim"], 4);
    const span = (c: Claim) => decideVerdict(c, evidence, "simulator:span@sim");
    const honest = (c: Claim) => decideVerdict(c, evidence, "simulator:honest@sim");

    expect(span(retrieval4k)).toMatchObject({ status: "contradicted", measured: { name: "accuracy@4k", value: 1 / 3, n: 12 }, simulated: true });
    expect(span(effective16k)).toMatchObject({
      status: "contradicted",
      measured: { name: "effective_context_length" },
      evidence:
        "effective context at most 1k (absolute reading, RULER's: every length's accuracy ≥ 0.85, pooled where it does not fall) < claimed 16k: accuracy over 4k-16k pooled 0.167 [0.0668, 0.359] is below the bar",
    });
    expect(honest(retrieval4k)).toMatchObject({ status: "supported", evidence: "accuracy@4k 1 [0.758, 1] (n=3×4) ≥ 0.7" });
    expect(decideVerdict({ ...retrieval4k, length: 32_000 }, evidence, "simulator:honest@sim")).toMatchObject({
      status: "not-tested",
      evidence: "niah did not test 32k tokens (tested: 1k, 4k, 16k)",
    });
  });

  it("calls an underpowered sweep inconclusive, and the trials it asks for decide it", async () => {
    const few = await niahEvidence(["honest@sim"], 2);
    const effective = decideVerdict(effective16k, few, "simulator:honest@sim");
    const retrieval = decideVerdict(mostly4k, few, "simulator:honest@sim");
    // 6 of 6 at each length, 18 of 18 over the three pooled: the lower bounds (0.54 at 4k, 0.82 pooled) show neither 0.8
    // at 4k nor 0.85 anywhere.
    expect(effective).toMatchObject({ status: "inconclusive", trialsToDecide: 5 });
    expect(retrieval).toMatchObject({ status: "inconclusive", trialsToDecide: 11 });

    const enough = await niahEvidence(["honest@sim"], Math.max(effective.trialsToDecide!, retrieval.trialsToDecide!));
    expect(decideVerdict(effective16k, enough, "simulator:honest@sim")).toMatchObject({ status: "supported", measured: { value: 16_000 } });
    expect(decideVerdict(mostly4k, enough, "simulator:honest@sim")).toMatchObject({ status: "supported", measured: { n: 33 } });
  });
});
