// Micro-benchmark: samples/s that RunStore.recordSample sustains on a WAL file database (one transaction per sample,
// as the runner writes them), and how fast iterateSamples streams them back. Run: node --import tsx bench/storage-write.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/storage/open-database.ts";
import { RunStore } from "../src/storage/run-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun } from "../src/storage/storage-fixtures.ts";

const ITEMS = 5_000;
const TRIALS = 4;

const dir = mkdtempSync(join(tmpdir(), "rc-bench-storage-"));
try {
  const db = openDatabase(join(dir, "results.db"));
  const store = new RunStore(db);
  store.createRun(fixtureRun("bench", ["target"], ITEMS));
  const keys = [];
  for (let trial = 1; trial <= TRIALS; trial++) {
    for (let i = 0; i < ITEMS; i++) keys.push({ targetId: "target", taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial });
  }
  const samples = keys.map((key) => ({ outcome: fixtureOutcome(key), attempt: fixtureAttempt(key, 1) }));

  const writeStart = performance.now();
  for (const { outcome, attempt } of samples) store.recordSample("bench", outcome, attempt);
  const writeSeconds = (performance.now() - writeStart) / 1000;

  const readStart = performance.now();
  let read = 0;
  for (const _sample of store.iterateSamples("bench")) read++;
  const readSeconds = (performance.now() - readStart) / 1000;
  db.close();

  console.log(`recordSample: ${samples.length} samples (attempt + sample + 2 scores each) in ${writeSeconds.toFixed(2)} s = ${Math.round(samples.length / writeSeconds)} samples/s`);
  console.log(`iterateSamples: ${read} samples in ${readSeconds.toFixed(2)} s = ${Math.round(read / readSeconds)} samples/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
