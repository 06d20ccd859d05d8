// Haystack benchmark: builds and sizes a 10M-token prompt from generated prose, cold (empty token-count cache) and
// cached (a new process reading the cache from disk); with --file, from a 50 MB text file read in blocks.
// Each build runs in a fresh process, so its time and peak RSS are its own. Prints numbers; never fails a build.
// Run: npx tsx bench/haystack.ts [tokens=10000000] [--file] [--file-mb 50] [--tokenizer o200k|simulator]

import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ChunkCounts } from "../src/haystack/chunk-counts.ts";
import { fileHaystack } from "../src/haystack/file-haystack.ts";
import { haystackCapacity } from "../src/haystack/haystack-capacity.ts";
import { proceduralProse, proseChunk } from "../src/haystack/procedural-prose.ts";
import { buildSizedHaystack, sizeTolerance } from "../src/haystack/sized-haystack.ts";
import { countSimulatedTokens } from "../src/tokenizers/simulator-tokenizer.ts";
import { loadTokenizer } from "../src/tokenizers/tokenizer-registry.ts";
import type { Tokenizer } from "../src/tokenizers/tokenizer.ts";
import { runChild } from "./child-process.ts";
import { fixed, formatTable, grouped } from "./format-table.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: "boolean", default: false },
    "file-mb": { type: "string", default: "50" },
    tokenizer: { type: "string", default: "o200k" },
    // Internal: the measured child processes.
    phase: { type: "string" },
    dir: { type: "string" },
    path: { type: "string" },
  },
});
const tokens = Number(positionals[0] ?? 10_000_000);
const SEED = 7;
const MB = 1024 * 1024;

interface BuildResult {
  tokenizer: string;
  exact: boolean;
  fellBack: boolean;
  loadSeconds: number;
  capacitySeconds?: number;
  capacityTokens?: number;
  seconds: number;
  startRss: number;
  peakRss: number;
  tokens: number;
  chunks: number;
  chars: number;
  /** The whole prompt counted by the tokenizer after the measurement, to check the sizing. */
  counted: number;
}

/** The asked tokenizer from the registry, or the simulator's counter when it cannot be loaded. */
async function benchTokenizer(name: string): Promise<{ tokenizer: Tokenizer; fellBack: boolean }> {
  try {
    return { tokenizer: await loadTokenizer(name), fellBack: false };
  } catch {
    return { tokenizer: { name: "simulator", exact: false, count: countSimulatedTokens }, fellBack: true };
  }
}

/** One measured build in this process: prints its BuildResult as a JSON line. */
async function buildPhase(): Promise<void> {
  const loadStart = performance.now();
  const { tokenizer, fellBack } = await benchTokenizer(values.tokenizer);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const startRss = process.memoryUsage().rss;
  const counts = new ChunkCounts(values.dir);
  const started = performance.now();
  let capacity: { seconds: number; tokens: number } | undefined;
  let source = proceduralProse(SEED);
  if (values.path) {
    source = fileHaystack(values.path);
    // The whole file's length, as a sweep checks its longest length up front: every block is read once.
    capacity = { tokens: haystackCapacity(source, tokenizer, counts, Number.POSITIVE_INFINITY), seconds: 0 };
    counts.save();
    capacity.seconds = (performance.now() - started) / 1000;
  }
  const built = buildSizedHaystack(source, tokenizer, Math.min(tokens, capacity?.tokens ?? tokens), counts);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result: BuildResult = {
    tokenizer: tokenizer.name,
    exact: tokenizer.exact,
    fellBack,
    loadSeconds,
    capacitySeconds: capacity?.seconds,
    capacityTokens: capacity?.tokens,
    seconds,
    startRss,
    peakRss,
    tokens: built.tokens,
    chunks: built.chunks,
    chars: built.text.length,
    counted: tokenizer.count(built.text),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Writes generated prose to `path` as a stream until it holds `bytes`; returns the size written. */
async function writeProseFile(path: string, bytes: number): Promise<number> {
  const stream = createWriteStream(path);
  let written = 0;
  for (let index = 0; written < bytes; index++) {
    const text = `${proseChunk(SEED + 1, index)}\n\n`;
    written += Buffer.byteLength(text);
    if (!stream.write(text)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
  return written;
}

async function main(): Promise<void> {
  const log = (text: string) => process.stdout.write(`${text}\n`);
  const dir = mkdtempSync(join(tmpdir(), "rc-bench-haystack-"));
  try {
    const cacheDir = join(dir, "counts");
    const args = [String(tokens), "--phase", "build", "--dir", cacheDir, "--tokenizer", values.tokenizer];
    let what = `generated prose (seed ${SEED})`;
    if (values.file) {
      const path = join(dir, "haystack.txt");
      const size = await writeProseFile(path, Number(values["file-mb"]) * 1e6);
      args.push("--path", path);
      what = `a ${fixed(size / 1e6, 1)} MB text file of generated prose, written as a stream`;
    }
    log(`haystack bench: ${grouped(tokens)} tokens from ${what}`);
    const cold = await runChild<BuildResult>("haystack.ts", args);
    const cached = await runChild<BuildResult>("haystack.ts", args);
    const tokenizerNote = cold.fellBack ? `simulator counter (${values.tokenizer} could not be loaded)` : `${cold.tokenizer} from the tokenizer registry`;
    log(`tokenizer: ${tokenizerNote}, loaded in ${fixed(cold.loadSeconds, 2)} s (not included below)\n`);
    const rows = [
      ["cold (empty count cache)", cold],
      ["cached (new process, counts from disk)", cached],
    ] as const;
    const header = ["build", "seconds", "peak RSS MB", "RSS before MB", "tokens", "counted whole", "off by", "chunks", "prompt MB"];
    if (values.file) header.splice(2, 0, "of which file scan s");
    log(
      formatTable(
        header,
        rows.map(([name, r]) => {
          const row = [name, fixed(r.seconds, 2), fixed(r.peakRss / MB, 0), fixed(r.startRss / MB, 0), grouped(r.tokens), grouped(r.counted)];
          row.push(`${fixed((100 * (r.counted - r.tokens)) / r.tokens, 3)}%`, grouped(r.chunks), fixed(r.chars / MB, 1));
          if (values.file) row.splice(2, 0, fixed(r.capacitySeconds ?? 0, 2));
          return row;
        }),
      ),
    );
    if (cold.capacityTokens !== undefined) log(`\nthe file holds ${grouped(cold.capacityTokens)} tokens; the prompt used ${grouped(cold.tokens)}`);
    const target = Math.min(tokens, cold.capacityTokens ?? tokens);
    const checks = [
      [`cold build < 15 s`, cold.seconds < 15],
      [`cached build < 3 s`, cached.seconds < 3],
      [`peak RSS < 1.5 GB`, Math.max(cold.peakRss, cached.peakRss) < 1.5 * 1024 * MB],
      [`within ${grouped(sizeTolerance(target))} tokens (1%) of ${grouped(target)} by the whole prompt's count`, Math.abs(cached.counted - target) <= sizeTolerance(target)],
    ] as const;
    log("");
    for (const [name, pass] of checks) log(`${pass ? "met   " : "MISSED"}  ${name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (values.phase === "build") await buildPhase();
else await main();
