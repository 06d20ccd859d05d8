import { afterEach, describe, expect, it } from "vitest";
import { collect } from "../core/collect.ts";
import type { RunStore } from "../core/run-store.ts";
import type { SampleKey, SampleOutcome } from "../core/sample.ts";
import type { StoreWrite } from "../core/store-write.ts";
import { openRunStore } from "../storage/open-store.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../storage/storage-fixtures.ts";
import { freshDatabase, freshSchema, SKIP_POSTGRES } from "../test-support/postgres-test-database.ts";
import { tempDir } from "../test-support/temp-dir.ts";
import { OverviewTally } from "./overview-tally.ts";

const TARGETS = ["a", "b"];
const SECOND_TASK = "mysteries";
const ITEMS = 24;

/** Two tasks, two targets: answers with spread latencies (some without a first-token time), cached answers, errors with and without a kind, pass/fail and graded scores. */
async function record(store: RunStore, runId: string): Promise<void> {
  const run = fixtureRun(runId, TARGETS, ITEMS);
  await store.createRun({
    ...run,
    tasks: [...run.tasks, { id: SECOND_TASK, family: "mysteries", params: {}, groupBy: [] }],
    items: [...run.items, ...run.items.map(({ item }) => ({ taskId: SECOND_TASK, item }))],
  });
  const writes: StoreWrite[] = [];
  for (const [t, targetId] of TARGETS.entries()) {
    for (const taskId of [FIXTURE_TASK, SECOND_TASK]) {
      for (let i = 0; i < ITEMS; i++) {
        const key: SampleKey = { targetId, taskId, itemId: `item-${String(i).padStart(4, "0")}`, trial: 1 };
        if (i % 7 === 3) {
          const errorKind = i % 2 === 0 ? undefined : "server_error";
          writes.push(attemptWrite(runId, fixtureAttempt(key, 1, true)));
          const failed: SampleOutcome = { ...key, status: "error", errorKind, errorMessage: "502 Bad Gateway", scores: [], attempts: 2, fromCache: false, costUsd: 0 };
          writes.push(sampleWrite(runId, failed, { ...fixtureAttempt(key, 2, true), errorKind: "server_error", httpStatus: 502 }));
          continue;
        }
        const outcome = fixtureOutcome(key);
        const latencyMs = ((i * 37 + t * 11 + (taskId === SECOND_TASK ? 500 : 0)) % 97) * 10.5;
        outcome.result = { ...outcome.result!, latencyMs, timeToFirstTokenMs: i % 3 === 0 ? undefined : latencyMs / 4, usage: { inputTokens: 30 + i, outputTokens: i % 5 } };
        outcome.fromCache = i % 8 === 7;
        outcome.costUsd = 0.000125 * (i + 1);
        outcome.scores = [
          i % 2 === 0 ? { scorer: "match", value: 1, label: "correct" } : { scorer: "match", value: 0, label: "incorrect" },
          i % 4 === 0 ? { scorer: "judge", value: null, label: "unscored" } : { scorer: "judge", value: (i % 4) / 4, label: "graded" },
        ];
        writes.push(sampleWrite(runId, outcome, fixtureAttempt(key, 1)));
      }
    }
  }
  await store.writeBatch(writes);
}

async function tallied(store: RunStore, runId: string): Promise<ReturnType<OverviewTally["result"]>> {
  const tally = new OverviewTally();
  for (const targetId of TARGETS) for (const taskId of [FIXTURE_TASK, SECOND_TASK]) tally.add(taskId, targetId, await collect(store.samples(runId, { targetId, taskId })));
  return tally.result();
}

function backend(name: string, open: () => Promise<RunStore>): void {
  describe(`the stored overview tally on ${name}`, () => {
    let store: RunStore | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it("equals the store's scan of the same samples: counts, error samples, latency percentiles per target and scorer labels", async () => {
      store = await open();
      await record(store, "run-a");
      const [stats, scores, tally] = [await store.sampleStats("run-a"), await store.scoreStats("run-a"), await tallied(store, "run-a")];
      expect(tally.counts).toHaveLength(4);
      expect(tally.counts.map((c) => ({ ...c, costUsd: 0 }))).toEqual(stats.counts.map((c) => ({ ...c, costUsd: 0 })));
      tally.counts.forEach((c, i) => expect(c.costUsd).toBeCloseTo(stats.counts[i]!.costUsd, 12));
      expect(tally.errorSamples).toEqual([...stats.errorSamples].sort((x, y) => x.targetId.localeCompare(y.targetId) || (x.errorKind ?? "").localeCompare(y.errorKind ?? "")));
      expect(tally.errorSamples.map((e) => e.errorKind)).toEqual([null, "server_error", null, "server_error"]);
      expect(tally.percentiles).toEqual([...stats.percentiles.values()].sort((x, y) => x.targetId.localeCompare(y.targetId)));
      expect(tally.percentiles.map((p) => p.targetId)).toEqual(TARGETS);
      // Percentiles over both tasks of a target, not one task's: the second task's latencies are shifted.
      expect(tally.percentiles[0]!.latencyMsP95).not.toBeNull();
      expect(tally.scores).toEqual(scores);
      expect(tally.scores.find((s) => s.targetId === "b" && s.taskId === SECOND_TASK && s.scorer === "judge")).toMatchObject({ passFail: false, labels: { unscored: 6, graded: 15 } });
    });
  });
}

backend("SQLite", () => openRunStore(`${tempDir("rc-overview-tally-")}/results.db`));
if (!SKIP_POSTGRES) backend("PostgreSQL", async () => openRunStore(await freshSchema(await freshDatabase())));
