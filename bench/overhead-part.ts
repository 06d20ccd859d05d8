// Part (a): what the harness costs per sample beside the AI SDK alone and a bare fetch loop, and whether its memory
// stays flat as samples grow. Every measurement runs in its own fresh process (overhead-worker.ts): CPU time, peak RSS
// and heap then belong to that client alone, and no client inherits another's JIT state, sockets or garbage.
// On a small shared VM one measurement can be ~10% off the next with nothing changed, so the non-streamed AI SDK and
// harness runs, whose ratio is the target, are repeated in alternating order and judged by the median of the rounds.

import { runChild } from "./child-process.ts";
import { fixed, formatTable, grouped } from "./format-table.ts";
import type { ClientMode } from "./overhead-loops.ts";
import type { OverheadMeasurement } from "./overhead-worker.ts";

/** The target: the harness may cost at most this much more CPU per sample than the AI SDK alone. */
export const MAX_CPU_RATIO = 1.25;

const LABELS: Record<ClientMode, string> = {
  fetch: "bare fetch loop",
  sdk: "AI SDK alone",
  model: "provider model alone",
  harness: "harness (executeRun)",
};
/** Requests before measuring: enough for the JIT to settle; streamed requests are slower, so fewer. */
const WARM_UP = { plain: 600, streamed: 300 };

function measure(mode: ClientMode, url: string, stream: boolean, samples: number, checkpointEvery = 0): Promise<OverheadMeasurement> {
  const args = [mode, url, stream ? "1" : "0", String(samples), String(stream ? WARM_UP.streamed : WARM_UP.plain), String(checkpointEvery)];
  return runChild<OverheadMeasurement>("overhead-worker.ts", args, ["--expose-gc"]);
}

const cpuPerSample = (m: OverheadMeasurement) => m.cpuMs / m.samples;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const percent = (ratio: number) => `${ratio >= 1 ? "+" : ""}${fixed((ratio - 1) * 100, 0)}%`;

export interface OverheadVerdict {
  stream: boolean;
  ratio: number;
  pass: boolean;
}

export async function overheadTable(url: string, samples: number, rounds: number, log: (text: string) => void): Promise<OverheadVerdict[]> {
  const rows: string[][] = [];
  const verdicts: OverheadVerdict[] = [];
  const notes: string[] = [];
  for (const stream of [false, true]) {
    const fetchRun = await measure("fetch", url, stream, samples);
    const modelRun = await measure("model", url, stream, samples);
    const pairs: { sdk: OverheadMeasurement; harness: OverheadMeasurement }[] = [];
    for (let round = 0; round < (stream ? 1 : rounds); round++) {
      // Alternating order, so a slow drift of the machine does not always favour the same client.
      const order: ClientMode[] = round % 2 === 0 ? ["sdk", "harness"] : ["harness", "sdk"];
      const runs = new Map<ClientMode, OverheadMeasurement>();
      for (const mode of order) runs.set(mode, await measure(mode, url, stream, samples));
      pairs.push({ sdk: runs.get("sdk")!, harness: runs.get("harness")! });
    }
    const sdkMedian = median(pairs.map((pair) => cpuPerSample(pair.sdk)));
    const row = (m: OverheadMeasurement, round: string, ratio: number) => [
      LABELS[m.mode] + round,
      stream ? "yes" : "no",
      grouped(m.ok) + (m.errors > 0 ? ` (+${m.errors} failed)` : ""),
      fixed(m.wallMs / 1000, 2),
      grouped(m.samples / (m.wallMs / 1000)),
      fixed(cpuPerSample(m), 3),
      fixed(m.peakRssMb, 0),
      fixed(m.heapAfterMb - m.heapBeforeMb, 1),
      fixed(ratio, 2),
    ];
    rows.push(row(fetchRun, "", cpuPerSample(fetchRun) / sdkMedian));
    rows.push(row(modelRun, "", cpuPerSample(modelRun) / sdkMedian));
    pairs.forEach((pair, i) => {
      const round = pairs.length > 1 ? `, round ${i + 1}` : "";
      rows.push(row(pair.sdk, round, 1));
      rows.push(row(pair.harness, round, cpuPerSample(pair.harness) / cpuPerSample(pair.sdk)));
    });
    const ratio = median(pairs.map((pair) => cpuPerSample(pair.harness) / cpuPerSample(pair.sdk)));
    verdicts.push({ stream, ratio, pass: ratio <= MAX_CPU_RATIO });
    const overModel = median(pairs.map((pair) => cpuPerSample(pair.harness))) / cpuPerSample(modelRun);
    notes.push(`      ${stream ? "streamed" : "non-streamed"}: harness ${percent(overModel)} CPU/sample over the provider model alone`);
  }
  log(formatTable(["client", "streamed", "samples", "wall s", "samples/s", "CPU ms/sample", "peak RSS MB", "heap Δ MB", "CPU vs SDK"], rows));
  log("    CPU vs SDK: against the AI SDK run of the same round, other rows against the median AI SDK run; heap Δ: after GC, end minus start");
  for (const v of verdicts) {
    const how = v.stream ? "streamed" : rounds > 1 ? `non-streamed, median of ${rounds} rounds` : "non-streamed";
    log(`${v.pass ? "PASS" : "FAIL"}  harness CPU/sample vs AI SDK alone, ${how}: ${percent(v.ratio)} (target at most ${percent(MAX_CPU_RATIO)})`);
  }
  log("    what the harness adds to the layer it calls (its adapter uses the provider model, not generateText / streamText):");
  for (const note of notes) log(note);
  return verdicts;
}

/** Heap after GC may move this much between the first and the last checkpoint before we call it growth. */
const MAX_HEAP_GROWTH_MB = 2;

/**
 * One long non-streamed harness run, stopped every `every` samples for a full GC: if the engine kept anything per
 * sample, heap after GC would climb from checkpoint to checkpoint. Peak RSS so far is shown beside it.
 */
export async function memoryTable(url: string, samples: number, every: number, log: (text: string) => void): Promise<{ pass: boolean }> {
  const m = await measure("harness", url, false, samples, every);
  const start = m.heapAtStartMb ?? 0;
  const checkpoints = m.checkpoints ?? [];
  const rows = checkpoints.map((c) => [grouped(c.finished), fixed(c.heapMb, 1), fixed(c.heapMb - start, 1), fixed(c.rssMb, 0), fixed(c.peakRssMb, 0)]);
  log(formatTable(["samples done", "heap after GC MB", "vs start MB", "RSS MB", "peak RSS MB"], rows));
  // From a quarter of the run on (JIT, sockets and statement caches have settled by then) to its end.
  const settled = checkpoints.filter((c) => c.finished >= samples / 4);
  const first = settled[0];
  const last = settled.at(-1);
  if (!first || !last || m.errors > 0) {
    log("FAIL  memory: the run did not complete");
    return { pass: false };
  }
  const growth = Math.max(...settled.map((c) => c.heapMb)) - first.heapMb;
  const pass = growth < MAX_HEAP_GROWTH_MB;
  log(`    heap at start (the task's ${grouped(samples)} items built, nothing sent yet): ${fixed(start, 1)} MB`);
  log(
    `${pass ? "PASS" : "FAIL"}  memory flat: heap after GC at most +${fixed(growth, 1)} MB above its ${grouped(first.finished)}-sample level up to ${grouped(last.finished)} samples ` +
      `(target under +${MAX_HEAP_GROWTH_MB} MB); peak RSS ${fixed(first.peakRssMb, 0)} MB at ${grouped(first.finished)}, ${fixed(last.peakRssMb, 0)} MB at ${grouped(last.finished)}`,
  );
  return { pass };
}
