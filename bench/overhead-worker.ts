// One part (a) measurement in a fresh process: warm up (JIT, sockets), then send `samples` requests through one
// client and print samples, wall time, this process's CPU, peak RSS and heap after GC as one JSON line.
// Usage: node --expose-gc --import tsx bench/overhead-worker.ts <fetch|sdk|model|harness> <url> <stream 0|1> <samples> <warm-up> [checkpoint every N samples]

import { fetchLoop, HarnessClient, modelLoop, sdkLoop, type ClientMode, type LoopOptions, type LoopResult } from "./overhead-loops.ts";

export interface OverheadMeasurement {
  mode: ClientMode;
  stream: boolean;
  samples: number;
  ok: number;
  errors: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** Heap used after a full GC, after warm-up and before the measured requests. */
  heapBeforeMb: number;
  /** Heap used after a full GC once the measured requests are done and their client has let go of them. */
  heapAfterMb: number;
  /** With checkpoints: heap after GC once the client is ready to send (the harness has built its task's items). */
  heapAtStartMb?: number;
  /** With checkpoints: memory each time another N samples have finished. */
  checkpoints?: MemoryCheckpoint[];
}

export interface MemoryCheckpoint {
  finished: number;
  /** Heap used after a full GC: what the process still holds. */
  heapMb: number;
  rssMb: number;
  /** Peak RSS of the process so far. */
  peakRssMb: number;
}

const CONCURRENCY = 64;

const [modeArg, url, streamArg, samplesArg, warmUpArg, everyArg] = process.argv.slice(2);
const mode = modeArg as ClientMode;
const LOOPS: Record<Exclude<ClientMode, "harness">, (options: LoopOptions) => Promise<LoopResult>> = { fetch: fetchLoop, sdk: sdkLoop, model: modelLoop };
if (!["fetch", "sdk", "model", "harness"].includes(mode) || !url) throw new Error("usage: overhead-worker.ts <fetch|sdk|model|harness> <url> <0|1> <samples> <warm-up>");
const stream = streamArg === "1";
const samples = Number(samplesArg ?? 5000);
const warmUp = Number(warmUpArg ?? 600);
const checkpointEvery = Number(everyArg ?? 0);
const wantCheckpoints = checkpointEvery > 0;

const gc = globalThis.gc;
if (!gc) throw new Error("run with --expose-gc");
const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const harness = mode === "harness" ? new HarnessClient() : undefined;
const client = (options: LoopOptions): Promise<LoopResult> => (harness ? harness.run(options) : LOOPS[mode as Exclude<ClientMode, "harness">](options));

await client({ url, stream, concurrency: CONCURRENCY, prefix: "warmup", count: warmUp });

const checkpoints: MemoryCheckpoint[] = [];
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
let heapAtStartMb: number | undefined;
const onStart = wantCheckpoints ? () => (heapAtStartMb = heapAfterGc()) : undefined;
const onFinished = wantCheckpoints
  ? (finished: number) => {
      if (finished % checkpointEvery !== 0) return;
      const heapMb = heapAfterGc();
      checkpoints.push({ finished, heapMb, rssMb: process.memoryUsage.rss() / 2 ** 20, peakRssMb: peakRssMb() });
    }
  : undefined;

const heapBeforeMb = heapAfterGc();
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const result = await client({ url, stream, concurrency: CONCURRENCY, prefix: "measured", count: samples, onStart, onFinished });
const wallMs = performance.now() - wallStart;
const cpu = process.cpuUsage(cpuStart);
const heapAfterMb = heapAfterGc();
await harness?.close();

const measurement: OverheadMeasurement = {
  mode,
  stream,
  samples,
  ...result,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  // resourceUsage().maxRSS is in kilobytes, and covers this process only: one reason each measurement gets its own.
  peakRssMb: peakRssMb(),
  heapBeforeMb,
  heapAfterMb,
  ...(wantCheckpoints ? { heapAtStartMb, checkpoints } : {}),
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
