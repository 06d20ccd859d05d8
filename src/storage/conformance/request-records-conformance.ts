// Conformance of RequestRecords: judge, probe and calibration attempts are stored under their run and totalled with the
// sample attempts per purpose and target; a resumed run finds the first answer it recorded for a request hash.

import { expect, it } from "vitest";
import type { SampleKey } from "../../core/sample.ts";
import { FIXTURE_TASK, attemptWrite, fixtureAttempt, fixtureOutcome, fixtureRequest, fixtureRun, requestWrite, sampleWrite } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const key = (targetId: string, itemIndex: number): SampleKey => ({ targetId, taskId: FIXTURE_TASK, itemId: `item-${String(itemIndex).padStart(4, "0")}`, trial: 1 });

export function requestRecordsConformance(open: OpenFreshStore): void {
  const store = freshStore(open);

  it("totals sample attempts and every other purpose per target, cached answers apart and free", async () => {
    await store().createRun(fixtureRun("run-a", ["t"], 3));
    const cachedSample = { ...fixtureOutcome(key("t", 1)), fromCache: true, costUsd: 0 };
    await store().writeBatch([
      attemptWrite("run-a", fixtureAttempt(key("t", 0), 1, true)),
      sampleWrite("run-a", fixtureOutcome(key("t", 0), 2), fixtureAttempt(key("t", 0), 2)),
      sampleWrite("run-a", cachedSample, { ...fixtureAttempt(key("t", 1), 1), fromCache: true }),
      requestWrite("run-a", fixtureRequest("judge", "judge-x", "h1", 1, true)),
      requestWrite("run-a", fixtureRequest("judge", "judge-x", "h1", 2)),
      requestWrite("run-a", { ...fixtureRequest("judge", "judge-x", "h2"), fromCache: true, costUsd: 0 }),
      requestWrite("run-a", fixtureRequest("calibrate", "t", "c1")),
    ]);
    expect(await store().requestTotals("run-a")).toEqual([
      { purpose: "calibrate", targetId: "t", sent: 1, cached: 0, failed: 0, inputTokens: 240, outputTokens: 6, costUsd: 0.0025 },
      { purpose: "judge", targetId: "judge-x", sent: 2, cached: 1, failed: 1, inputTokens: 240, outputTokens: 6, costUsd: 0.0025 },
      { purpose: "sample", targetId: "t", sent: 2, cached: 1, failed: 1, inputTokens: 30, outputTokens: 5, costUsd: 0.000125 },
    ]);
    expect(await store().requestTotals("run-b")).toEqual([]);
  });

  it("finds the first successful answer a run recorded for a hash, never a failed one or another run's", async () => {
    await store().createRun(fixtureRun("run-a", ["t"], 1));
    await store().createRun(fixtureRun("run-b", ["t"], 1, 1_700_000_000_001));
    expect(await store().recordedAnswer("run-a", "h1")).toBeUndefined();
    await store().writeBatch([requestWrite("run-a", fixtureRequest("judge", "judge-x", "h1", 1, true)), requestWrite("run-b", fixtureRequest("judge", "judge-x", "h2"))]);
    expect(await store().recordedAnswer("run-a", "h1")).toBeUndefined();
    expect(await store().recordedAnswer("run-a", "h2")).toBeUndefined();
    await store().writeBatch([requestWrite("run-a", fixtureRequest("judge", "judge-x", "h1", 2)), requestWrite("run-a", { ...fixtureRequest("judge", "judge-x", "h1", 3), responseText: "later" })]);
    expect(await store().recordedAnswer("run-a", "h1")).toEqual({
      text: "LABEL: complied (h1)",
      finishReason: "stop",
      usage: { inputTokens: 240, outputTokens: 6 },
      latencyMs: 400.5,
      timeToFirstTokenMs: undefined,
      responseModel: "judge-0125",
    });
  });

  it("lists a run's requests in the order stored, each as it was written", async () => {
    await store().createRun(fixtureRun("run-a", ["t"], 1));
    await store().createRun(fixtureRun("run-b", ["t"], 1, 1_700_000_000_001));
    const written = [fixtureRequest("judge", "judge-x", "h1", 1, true), fixtureRequest("judge", "judge-x", "h1", 2), { ...fixtureRequest("probe", "t", "p1"), fromCache: true, costUsd: 0 }];
    await store().writeBatch(written.map((record) => requestWrite("run-a", record)));
    await store().writeBatch([requestWrite("run-b", fixtureRequest("calibrate", "t", "c1"))]);
    expect(await store().requestRecords("run-a")).toEqual(written);
    expect(await store().requestRecords("nope")).toEqual([]);
  });

  it("rolls a request back with its batch, and refuses one for an unknown run", async () => {
    await store().createRun(fixtureRun("run-a", ["t"], 1));
    const ghost = { ...key("t", 0), targetId: "ghost" };
    await expect(store().writeBatch([requestWrite("run-a", fixtureRequest("probe", "t", "p1")), sampleWrite("run-a", fixtureOutcome(ghost), fixtureAttempt(ghost, 1))])).rejects.toThrow();
    await expect(store().writeBatch([requestWrite("nope", fixtureRequest("probe", "t", "p1"))])).rejects.toThrow();
    expect(await store().requestTotals("run-a")).toEqual([]);
    expect(await store().recordedAnswer("run-a", "p1")).toBeUndefined();
  });
}
