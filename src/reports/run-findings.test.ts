import { afterEach, describe, expect, it } from "vitest";
import type { Verdict } from "../core/claim.ts";
import type { RunStore } from "../core/run-store.ts";
import type { StoredContextProbe } from "../core/stored-probe.ts";
import { openRunStore } from "../storage/open-store.ts";
import { fixtureRun } from "../storage/storage-fixtures.ts";
import { loadRunFindings, verdictCounts } from "./run-findings.ts";

let store: RunStore | undefined;
afterEach(() => store?.close());

const probeResult = (acceptedTokens: number) => ({ acceptedTokens, claimedTokens: 32_768, truncation: { side: "none", evidence: "all three codes came back" } });
function probe(id: string, targetId: string, createdAt: number, runId?: string): StoredContextProbe {
  return { id, ...(runId ? { runId } : {}), createdAt, targetId, provider: "simulator", model: `model-${targetId}`, simulated: true, result: probeResult(createdAt) };
}
function verdict(claimId: string, targetId: string, status: Verdict["status"]): Verdict {
  return { claim: { id: claimId, subject: { model: "model" }, kind: "context-window", statement: "32K context", comparison: ">=", threshold: 32_768 }, targetId, status, evidence: "kept 32,768 tokens whole", simulated: true };
}

describe("loadRunFindings", () => {
  it("reads a run's verdicts and ratings as stored, and per target its own probe before a newer one made elsewhere", async () => {
    store = await openRunStore(":memory:");
    await store.createRun(fixtureRun("run-a", ["a", "b", "c"], 1));
    await store.createRun(fixtureRun("run-b", ["a"], 1));
    await store.recordProbe(probe("a-in-run", "a", 1000, "run-a"));
    await store.recordProbe(probe("a-later-elsewhere", "a", 5000, "run-b"));
    await store.recordProbe(probe("b-alone-old", "b", 2000));
    await store.recordProbe(probe("b-alone-new", "b", 3000));
    await store.recordProbe(probe("other-target", "z", 4000, "run-a"));
    await store.saveVerdicts({ runId: "run-a", claimSet: "demo-sim", simulated: true, computedAt: 7, verdicts: [verdict("w", "a", "supported"), verdict("w", "b", "contradicted"), verdict("w", "c", "contradicted")] });
    await store.saveVerdicts({ runId: "run-a", claimSet: "more", simulated: false, computedAt: 8, verdicts: [verdict("x", "a", "inconclusive")] });
    const ratings = { runId: "run-a", taskId: "writing", simulated: true, computedAt: 9, judges: [], agreements: [] };
    await store.savePairwiseRatings(ratings);

    const findings = await loadRunFindings(store, "run-a");
    expect(findings.probes.map((p) => [p.targetId, p.id, p.madeInRun])).toEqual([["a", "a-in-run", true], ["b", "b-alone-new", false]]);
    expect(findings.probes[0]).toMatchObject({ acceptedTokens: 1000, claimedTokens: 32_768, truncation: "none", evidence: "all three codes came back" });
    expect(findings.verdicts.map((set) => set.claimSet)).toEqual(["demo-sim", "more"]);
    expect(findings.verdicts[0]!.verdicts[1]).toEqual(verdict("w", "b", "contradicted"));
    expect(findings.ratings).toEqual([ratings]);
    expect(verdictCounts(findings)).toEqual({ supported: 1, contradicted: 2, inconclusive: 1, "not-tested": 0 });
  });

  it("finds nothing for a run that stored no findings, or an unknown run", async () => {
    store = await openRunStore(":memory:");
    await store.createRun(fixtureRun("run-a", ["a"], 1));
    expect(await loadRunFindings(store, "run-a")).toEqual({ runId: "run-a", verdicts: [], probes: [], ratings: [] });
    expect(await loadRunFindings(store, "ghost")).toEqual({ runId: "ghost", verdicts: [], probes: [], ratings: [] });
  });
});
