// Micro-benchmark: samples/s the SQLite RunStore's writeBatch sustains on a WAL file, one sample per batch (the
// slowest case: a commit each) and 64 per batch (the runner's group commit when 64 workers finish in one turn),
// and how fast samples() streams them back. Run: node --import tsx bench/storage-write.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunStore } from "../src/core/run-store.ts";
import type { SampleWrite } from "../src/core/store-write.ts";
import { openRunStore } from "../src/storage/open-store.ts";
import { FIXTURE_TASK, fixtureAttempt, fixtureOutcome, fixtureRun, sampleWrite } from "../src/storage/storage-fixtures.ts";

const ITEMS = 5_000;
const TRIALS = 4;
const GROUP = 64;

function writes(runId: string): SampleWrite[] {
  const all: SampleWrite[] = [];
  for (let trial = 1; trial <= TRIALS; trial++) {
    for (let i = 0; i < ITEMS; i++) {
      const key = { targetId: "target", taskId: FIXTURE_TASK, itemId: `item-${String(i).padStart(4, "0")}`, trial };
      all.push(sampleWrite(runId, fixtureOutcome(key), fixtureAttempt(key, 1)));
    }
  }
  return all;
}

async function timeWrites(store: RunStore, runId: string, perBatch: number): Promise<{ samples: number; seconds: number }> {
  await store.createRun(fixtureRun(runId, ["target"], ITEMS));
  const all = writes(runId);
  const start = performance.now();
  for (let i = 0; i < all.length; i += perBatch) await store.writeBatch(all.slice(i, i + perBatch));
  return { samples: all.length, seconds: (performance.now() - start) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), "rc-bench-storage-"));
try {
  const store = await openRunStore(join(dir, "results.db"));
  const single = await timeWrites(store, "bench", 1);
  const grouped = await timeWrites(store, "bench-grouped", GROUP);

  const readStart = performance.now();
  let read = 0;
  for await (const _sample of store.samples("bench")) read++;
  const readSeconds = (performance.now() - readStart) / 1000;
  await store.close();

  const rate = (n: number, seconds: number) => Math.round(n / seconds);
  console.log(`writeBatch, 1 sample per batch: ${single.samples} samples (attempt + sample + 2 scores each) in ${single.seconds.toFixed(2)} s = ${rate(single.samples, single.seconds)} samples/s`);
  console.log(`writeBatch, ${GROUP} samples per batch: ${grouped.samples} samples in ${grouped.seconds.toFixed(2)} s = ${rate(grouped.samples, grouped.seconds)} samples/s`);
  console.log(`samples(): ${read} samples in ${readSeconds.toFixed(2)} s = ${rate(read, readSeconds)} samples/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
