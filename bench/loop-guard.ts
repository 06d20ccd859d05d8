// The loop-guard validation benchmark: every text of our own validation set (bench/loop-guard-legit.ts,
// bench/loop-guard-loops.ts) is streamed through loopGuard() in random 1-20-character deltas, as the runner feeds it,
// with its prompt when it has one. Prints the false-stop rate, the catch rate, and how many tokens past each loop's
// onset the stream was stopped (o200k), plus the guard's CPU per character. Prints numbers; never fails a suite.
// Run: npx tsx bench/loop-guard.ts [--seeds 5] [--verbose]

import { parseArgs } from "node:util";
import { seededRandom } from "../src/core/random.ts";
import type { GuardStop } from "../src/core/stream-guard.ts";
import { loopGuard } from "../src/loop-guard/loop-guard.ts";
import { loadTokenizer } from "../src/tokenizers/tokenizer-registry.ts";
import { fixed, formatTable } from "./format-table.ts";
import { LEGIT_CASES, type LegitCase } from "./loop-guard-legit.ts";
import { LOOP_CASES } from "./loop-guard-loops.ts";

const { values } = parseArgs({ options: { seeds: { type: "string", default: "5" }, verbose: { type: "boolean", default: false } } });
const seeds = Math.max(1, Number(values.seeds));
const log = (text: string) => process.stdout.write(`${text}\n`);
const tokenizer = await loadTokenizer("o200k");
const factory = loopGuard();

interface Streamed {
  stop?: GuardStop;
  /** Characters received when the stream stopped (the whole text when it was not). */
  received: number;
  requested?: string;
}

function stream(sample: LegitCase, seed: number): Streamed {
  const guard = factory({ messages: sample.prompt ? [{ role: "user", content: sample.prompt }] : [] });
  const random = seededRandom(seed);
  let received = 0;
  while (received < sample.text.length) {
    const size = 1 + Math.floor(random() * 20);
    const stop = guard.push(sample.text.slice(received, received + size));
    received = Math.min(sample.text.length, received + size);
    if (stop) return { stop, received, requested: guard.requested };
  }
  return { received, requested: guard.requested };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const percent = (part: number, whole: number) => `${fixed((100 * part) / whole, 1)}%`;
const languages = (cases: LegitCase[]) => [...new Set(cases.map((c) => c.lang))].join("/");

log(`loop-guard validation set: ${LEGIT_CASES.length} legitimate texts (${languages(LEGIT_CASES)}), ${LOOP_CASES.length} loops (${languages(LOOP_CASES)}); ${seeds} delta splittings each`);

let falseStops = 0;
for (const sample of LEGIT_CASES) {
  for (let seed = 1; seed <= seeds; seed++) {
    const { stop } = stream(sample, seed);
    if (!stop) continue;
    falseStops++;
    log(`  FALSE STOP  ${sample.name} (seed ${seed}): ${stop.explanation}`);
  }
}

const rows: string[][] = [];
const pastOnset: number[] = [];
let caught = 0;
let overBound = 0;
const byKind = new Map<string, { caught: number; total: number }>();
for (const sample of LOOP_CASES) {
  const unitTokens = tokenizer.count(sample.text.slice(sample.onsetChar, sample.onsetChar + sample.unitChars));
  const kindCount = byKind.get(sample.kind) ?? { caught: 0, total: 0 };
  byKind.set(sample.kind, kindCount);
  for (let seed = 1; seed <= seeds; seed++) {
    kindCount.total++;
    const { stop, received } = stream(sample, seed);
    if (!stop) {
      if (seed === 1) rows.push([sample.name, sample.kind, String(unitTokens), "missed", "", ""]);
      continue;
    }
    caught++;
    kindCount.caught++;
    const past = received <= sample.onsetChar ? 0 : tokenizer.count(sample.text.slice(sample.onsetChar, received));
    pastOnset.push(past);
    const bound = 300 + unitTokens;
    if (past > bound) overBound++;
    if (seed === 1 || values.verbose) rows.push([sample.name, sample.kind, String(unitTokens), String(past), stop.kind ?? "", past > bound ? "over" : ""]);
  }
}
pastOnset.sort((a, b) => a - b);

if (values.verbose || rows.some((r) => r[3] === "missed" || r[5] === "over")) {
  log("");
  log(formatTable(["loop", "kind", "unit tokens", "tokens past onset", "stopped as", ""], rows));
}
const trials = LOOP_CASES.length * seeds;
log("");
log(formatTable(["measure", "value"], [
  ["false stops (legitimate texts)", `${falseStops} of ${LEGIT_CASES.length * seeds} (${percent(falseStops, LEGIT_CASES.length * seeds)})`],
  ["loops caught", `${caught} of ${trials} (${percent(caught, trials)})`],
  ...[...byKind].map(([kind, k]) => [`  ${kind}`, `${k.caught} of ${k.total}`]),
  ["tokens past onset, median", String(quantile(pastOnset, 0.5))],
  ["tokens past onset, p90", String(quantile(pastOnset, 0.9))],
  ["tokens past onset, max", String(pastOnset.at(-1))],
  ["stops later than 300 tokens + one unit", String(overBound)],
]));

// CPU: the guard alone over ordinary text, the cost every streamed answer pays.
const ordinary = LEGIT_CASES.filter((c) => c.form !== "requested").map((c) => c.text).join("\n\n");
const deltas = ordinary.match(/[\s\S]{1,6}/g)!;
for (let round = 0; round < 3; round++) {
  const guard = factory({ messages: [] });
  for (const delta of deltas) guard.push(delta);
}
const started = process.cpuUsage();
const rounds = 20;
for (let round = 0; round < rounds; round++) {
  const guard = factory({ messages: [{ role: "user", content: "Explain how tides work." }] });
  for (const delta of deltas) guard.push(delta);
}
const cpu = process.cpuUsage(started);
const nsPerChar = ((cpu.user + cpu.system) * 1000) / (rounds * ordinary.length);
log(`\nguard CPU on ordinary text: ${fixed(nsPerChar, 1)} ns per character (${fixed(nsPerChar * 4 / 1000, 3)} µs per ~4-character token), ${ordinary.length.toLocaleString("en-US")} characters x ${rounds}`);
