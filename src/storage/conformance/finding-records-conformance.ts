// Conformance of FindingRecords: a claim set's verdicts and a task's pairwise ratings round-trip as stored (open
// rating intervals included), a second save replaces the first of the same set or task only, and an unknown run or a
// credential stores nothing.

import { expect, it } from "vitest";
import type { Verdict } from "../../core/claim.ts";
import { ConfigError } from "../../core/errors.ts";
import type { StoredPairwiseRatings, StoredVerdicts } from "../../core/stored-findings.ts";
import { fixtureRun } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

function verdict(claimId: string, targetId: string | undefined, status: Verdict["status"]): Verdict {
  return {
    claim: { id: claimId, subject: { model: "llama" }, kind: "metric", statement: "Riddle accuracy of at least 80%", family: "riddles", metric: "accuracy", comparison: ">=", threshold: 0.8 },
    ...(targetId === undefined ? {} : { targetId }),
    status,
    measured: { name: "accuracy", value: 0.62, n: 40, items: 20, interval: { lower: 0.51, upper: 0.72, level: 0.95, method: "wilson" } },
    evidence: "accuracy 0.62 [0.51, 0.72] < 0.80",
    source: "run-a",
    simulated: true,
  };
}

function verdicts(runId: string, claimSet: string, list: Verdict[], computedAt = 1_700_000_000_000): StoredVerdicts {
  return { runId, claimSet, simulated: true, computedAt, verdicts: list };
}

function ratings(runId: string, taskId: string, computedAt = 1_700_000_000_000): StoredPairwiseRatings {
  return {
    runId,
    taskId,
    simulated: true,
    computedAt,
    judges: [
      {
        judgeId: "judge-x",
        comparisons: 12,
        unscored: 1,
        positionConsistency: { name: "position_consistency", value: 0.9, n: 12, interval: { lower: 0.6, upper: 0.98, level: 0.95, method: "wilson" } },
        ratings: [
          { targetId: "a", rating: 1180, interval: { lower: 1050, upper: null } },
          { targetId: "b", rating: 1000 },
          { targetId: "c", rating: 850, interval: { lower: null, upper: 990 } },
        ],
        lengthControlled: [{ targetId: "a", rating: 1120, interval: { lower: 990, upper: 1300 } }, { targetId: "b", rating: 1000 }],
        stopped: "budget",
      },
      { judgeId: "judge-y", comparisons: 12, unscored: 12, positionConsistency: { name: "position_consistency", value: null, n: 0 }, ratings: [], lengthControlled: [] },
    ],
    agreements: [{ first: "judge-x", second: "judge-y", kappa: { name: "judge_agreement", value: null, n: 0 } }],
  };
}

export function findingRecordsConformance(open: OpenFreshStore): void {
  const store = freshStore(open);

  it("has no verdicts or ratings for a run until saved, then returns them as saved", async () => {
    await store().createRun(fixtureRun("run-a", ["a", "b"], 1));
    expect(await store().listVerdicts("run-a")).toEqual([]);
    expect(await store().listPairwiseRatings("run-a")).toEqual([]);
    const saved = verdicts("run-a", "llama-4-scout", [verdict("c1", "a", "contradicted"), verdict("c2", undefined, "not-tested"), verdict("c1", "b", "supported")]);
    await store().saveVerdicts(saved);
    await store().savePairwiseRatings(ratings("run-a", "writing"));
    expect(await store().listVerdicts("run-a")).toEqual([saved]);
    expect(await store().listPairwiseRatings("run-a")).toEqual([ratings("run-a", "writing")]);
    expect(await store().listVerdicts("no-such-run")).toEqual([]);
  });

  it("replaces a claim set's verdicts and a task's ratings when saved again, leaving other sets, tasks and runs alone", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().createRun(fixtureRun("run-b", ["a"], 1));
    await store().saveVerdicts(verdicts("run-a", "set-z", [verdict("c1", "a", "inconclusive"), verdict("c2", "a", "inconclusive")]));
    await store().saveVerdicts(verdicts("run-a", "set-m", [verdict("m1", "a", "supported")]));
    await store().saveVerdicts(verdicts("run-b", "set-z", [verdict("c1", "a", "supported")]));
    const again = verdicts("run-a", "set-z", [verdict("c1", "a", "contradicted")], 1_800_000_000_000);
    await store().saveVerdicts(again);
    expect(await store().listVerdicts("run-a")).toEqual([verdicts("run-a", "set-m", [verdict("m1", "a", "supported")]), again]);
    expect((await store().listVerdicts("run-b"))[0]!.verdicts[0]!.status).toBe("supported");

    await store().savePairwiseRatings(ratings("run-a", "writing"));
    await store().savePairwiseRatings(ratings("run-a", "longform"));
    const rejudged = { ...ratings("run-a", "writing", 1_800_000_000_000), judges: [] };
    await store().savePairwiseRatings(rejudged);
    expect(await store().listPairwiseRatings("run-a")).toEqual([ratings("run-a", "longform"), rejudged]);
  });

  it("counts a run's verdicts by status over every claim set, a resaved set counted as resaved", async () => {
    await store().createRun(fixtureRun("run-a", ["a", "b"], 1));
    await store().createRun(fixtureRun("run-b", ["a"], 1));
    expect(await store().countVerdicts("run-a")).toEqual({ supported: 0, contradicted: 0, inconclusive: 0, "not-tested": 0 });
    await store().saveVerdicts(verdicts("run-a", "set-z", [verdict("c1", "a", "contradicted"), verdict("c1", "b", "supported"), verdict("c2", undefined, "not-tested")]));
    await store().saveVerdicts(verdicts("run-a", "set-m", [verdict("m1", "a", "contradicted"), verdict("m2", "b", "inconclusive")]));
    await store().saveVerdicts(verdicts("run-b", "set-z", [verdict("c1", "a", "supported")]));
    expect(await store().countVerdicts("run-a")).toEqual({ supported: 1, contradicted: 2, inconclusive: 1, "not-tested": 1 });
    await store().saveVerdicts(verdicts("run-a", "set-z", [verdict("c1", "a", "supported")]));
    expect(await store().countVerdicts("run-a")).toEqual({ supported: 1, contradicted: 1, inconclusive: 1, "not-tested": 0 });
    expect(await store().countVerdicts("no-such-run")).toEqual({ supported: 0, contradicted: 0, inconclusive: 0, "not-tested": 0 });
  });

  it("refuses findings of an unknown run, or ones that carry a credential, storing nothing", async () => {
    await expect(store().saveVerdicts(verdicts("ghost", "s", [verdict("c1", "a", "supported")]))).rejects.toThrow(new ConfigError('no stored run "ghost"'));
    await expect(store().savePairwiseRatings(ratings("ghost", "writing"))).rejects.toThrow(new ConfigError('no stored run "ghost"'));
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().saveVerdicts(verdicts("run-a", "s", [verdict("c1", "a", "supported")]));
    const leaky = { ...verdict("c2", "a", "supported"), claim: { ...verdict("c2", "a", "supported").claim, metadata: { apiKey: "sk-1" } } } as unknown as Verdict;
    await expect(store().saveVerdicts(verdicts("run-a", "s", [verdict("c1", "a", "contradicted"), leaky]))).rejects.toThrow(ConfigError);
    expect((await store().listVerdicts("run-a"))[0]!.verdicts.map((v) => v.status)).toEqual(["supported"]);
    const leakyRatings = { ...ratings("run-a", "writing"), agreements: [{ first: "x", second: "y", kappa: { name: "k", value: 1, n: 1 }, authorization: "Bearer sk-1" }] };
    await expect(store().savePairwiseRatings(leakyRatings)).rejects.toThrow(ConfigError);
    expect(await store().listPairwiseRatings("run-a")).toEqual([]);
  });
}
