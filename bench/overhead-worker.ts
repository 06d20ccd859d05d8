// One part (a) measurement in a fresh process: warm up (JIT, sockets), then send `samples` requests through one
// client and print samples, wall time, this process's CPU, peak RSS and heap after GC as one JSON line.
// Usage: node --expose-gc --import tsx bench/overhead-worker.ts <fetch|sdk|harness> <url> <stream 0|1> <samples> [checkpoints]

import { fetchLoop, HarnessClient, sdkLoop, type ClientMode, type LoopOptions, type LoopResult } from "./overhead-loops.ts";

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
  /** Heap used after a full GC once the measured requests are done (the run's objects may still be reachable). */
  heapAfterMb: number;
  /** Heap used after a full GC at each quarter of the measured requests, when asked for. */
  checkpointsMb?: number[];
}

const CONCURRENCY = 64;
const WARM_UP = 600;

const [modeArg, url, streamArg, samplesArg, checkpointsArg] = process.argv.slice(2);
const mode = modeArg as ClientMode;
if (!["fetch", "sdk", "harness"].includes(mode) || !url) throw new Error("usage: overhead-worker.ts <fetch|sdk|harness> <url> <0|1> <samples>");
const stream = streamArg === "1";
const samples = Number(samplesArg ?? 5000);
const wantCheckpoints = checkpointsArg === "checkpoints";

const gc = globalThis.gc;
if (!gc) throw new Error("run with --expose-gc");
const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const harness = mode === "harness" ? new HarnessClient() : undefined;
const client = (options: LoopOptions): Promise<LoopResult> =>
  harness ? harness.run(options) : mode === "sdk" ? sdkLoop(options) : fetchLoop(options);

await client({ url, stream, concurrency: CONCURRENCY, prefix: "warmup", count: WARM_UP });

const checkpointsMb: number[] = [];
const quarter = Math.ceil(samples / 4);
const onFinished = wantCheckpoints
  ? (finished: number) => {
      if (finished % quarter === 0 || finished === samples) checkpointsMb.push(heapAfterGc());
    }
  : undefined;

const heapBeforeMb = heapAfterGc();
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
const result = await client({ url, stream, concurrency: CONCURRENCY, prefix: "measured", count: samples, onFinished });
const wallMs = performance.now() - wallStart;
const cpu = process.cpuUsage(cpuStart);
const heapAfterMb = heapAfterGc();
harness?.close();

const measurement: OverheadMeasurement = {
  mode,
  stream,
  samples,
  ...result,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  // resourceUsage().maxRSS is in kilobytes, and covers this process only: one reason each measurement gets its own.
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  heapBeforeMb,
  heapAfterMb,
  ...(wantCheckpoints ? { checkpointsMb } : {}),
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
