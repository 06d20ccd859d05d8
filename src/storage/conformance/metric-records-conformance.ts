// Conformance of MetricRecords: a run's summary round-trips as stored, a second save replaces the first, an unknown
// run or a credential in the summary stores nothing.

import { expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { StoredRunMetrics } from "../../core/stored-metrics.ts";
import { fixtureRun } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const summary = { tasks: [{ taskId: "t", metrics: [{ name: "accuracy", value: 0.75, n: 4, interval: { lower: 0.3, upper: 0.95, level: 0.95, method: "wilson" } }] }], targets: [] };

function stored(runId: string, overrides: Partial<StoredRunMetrics> = {}): StoredRunMetrics {
  return { runId, version: 1, runUpdatedAt: 1_700_000_000_000, computedAt: 1_700_000_000_500, summary, ...overrides };
}

export function metricRecordsConformance(open: OpenFreshStore): void {
  const store = freshStore(open);

  it("has no summary for a run until one is saved, then returns it as saved", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    expect(await store().getRunMetrics("run-a")).toBeUndefined();
    await store().saveRunMetrics(stored("run-a"));
    expect(await store().getRunMetrics("run-a")).toEqual(stored("run-a"));
    expect(await store().getRunMetrics("no-such-run")).toBeUndefined();
  });

  it("replaces a run's summary when it is summarised again (after a resume), leaving other runs' alone", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().createRun(fixtureRun("run-b", ["a"], 1));
    await store().saveRunMetrics(stored("run-a"));
    await store().saveRunMetrics(stored("run-b"));
    const again = stored("run-a", { version: 2, runUpdatedAt: 1_800_000_000_000, computedAt: 1_800_000_000_100, summary: { tasks: [], targets: [] } });
    await store().saveRunMetrics(again);
    expect(await store().getRunMetrics("run-a")).toEqual(again);
    expect(await store().getRunMetrics("run-b")).toEqual(stored("run-b"));
  });

  it("refuses a summary of an unknown run, or one that carries a credential, storing nothing", async () => {
    await expect(store().saveRunMetrics(stored("ghost"))).rejects.toThrow(new ConfigError('no stored run "ghost"'));
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await expect(store().saveRunMetrics(stored("run-a", { summary: { targets: [{ apiKey: "sk-1" }] } }))).rejects.toThrow(ConfigError);
    expect(await store().getRunMetrics("run-a")).toBeUndefined();
  });
}
