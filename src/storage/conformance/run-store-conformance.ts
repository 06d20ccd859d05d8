// The RunStore conformance suite: every backend's test file calls runStoreConformance with a way to open a fresh
// store, and must pass all of it. Each part of the contract has its own file; a new method comes with a test there.

import { describe } from "vitest";
import { cacheAndProbeConformance } from "./cache-probe-conformance.ts";
import { findingRecordsConformance } from "./finding-records-conformance.ts";
import type { OpenFreshStore } from "./fresh-store.ts";
import { metricRecordsConformance } from "./metric-records-conformance.ts";
import { overviewConformance } from "./overview-conformance.ts";
import { requestRecordsConformance } from "./request-records-conformance.ts";
import { runLeaseConformance } from "./run-lease-conformance.ts";
import { runRecordsConformance } from "./run-records-conformance.ts";
import { sampleBrowserConformance } from "./sample-browser-conformance.ts";
import { sampleRecordsConformance } from "./sample-records-conformance.ts";

export function runStoreConformance(backend: string, open: OpenFreshStore): void {
  describe(`${backend}: RunStore conformance`, () => {
    describe("runs", () => runRecordsConformance(open));
    describe("run leases", () => runLeaseConformance(open));
    describe("samples, attempts, scores and turns", () => sampleRecordsConformance(open));
    describe("judge, probe and calibration requests", () => requestRecordsConformance(open));
    describe("stored run summaries", () => metricRecordsConformance(open));
    describe("verdicts and pairwise ratings", () => findingRecordsConformance(open));
    describe("response cache and context probes", () => cacheAndProbeConformance(open));
    describe("run overview", () => overviewConformance(open));
    describe("sample browser", () => sampleBrowserConformance(open));
  });
}
