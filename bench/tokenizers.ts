// Counting speed of every tokenizer on ~10 MB of generated English prose: the first pass (memo filling) and a warm
// pass, beside the tokenizer library's own whole-text count on a 1 MB slice, and whether the two counts agree there.
// Prints numbers; never fails. Run: npx tsx bench/tokenizers.ts [--megabytes 10]

import { parseArgs } from "node:util";
import { huggingFaceTokenizer, loadHuggingFaceCounter } from "../src/tokenizers/hugging-face-tokenizer.ts";
import { loadOpenAiCounter, loadOpenAiTokenizer } from "../src/tokenizers/openai-tokenizer.ts";
import type { Tokenizer } from "../src/tokenizers/tokenizer.ts";
import { englishProse } from "../src/test-support/tokenizer-fixtures.ts";
import { loadTokenizer, TOKENIZER_NAMES, type TokenizerName } from "../src/tokenizers/tokenizer-registry.ts";
import { fixed, formatTable, grouped } from "./format-table.ts";

const { values } = parseArgs({ options: { megabytes: { type: "string", default: "10" } } });
const DIRECT_SLICE = 1_000_000;

interface Loaded {
  tokenizer: Tokenizer;
  /** The library's own whole-text count, for tokenizers that count through the memo. */
  direct?: (text: string) => number;
}

async function load(name: TokenizerName): Promise<Loaded> {
  if (name === "o200k" || name === "cl100k") {
    return { tokenizer: await loadOpenAiTokenizer(name), direct: await loadOpenAiCounter(name) };
  }
  if (name === "llama3" || name === "qwen3") {
    const library = await loadHuggingFaceCounter(name);
    return { tokenizer: huggingFaceTokenizer(name, library), direct: library.count };
  }
  return { tokenizer: await loadTokenizer(name) };
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const log = (text: string) => process.stdout.write(`${text}\n`);
const text = englishProse(Number(values.megabytes) * 1_000_000, 42);
const slice = text.slice(0, DIRECT_SLICE);
const megabytes = text.length / 1e6;
log(`tokenizer counting speed: ${fixed(megabytes, 1)} MB of generated English prose (seed 42), node ${process.version}`);
log("first = the first count of the text (memo filling); warm = a second count; direct = the library alone on the first 1 MB\n");

const rows: string[][] = [];
for (const name of TOKENIZER_NAMES) {
  const loadStarted = performance.now();
  const { tokenizer, direct } = await load(name);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const first = timed(() => tokenizer.count(text));
  const warm = timed(() => tokenizer.count(text));
  const directRun = direct ? timed(() => direct(slice)) : undefined;
  const memoOnSlice = tokenizer.count(slice);
  let agrees = "-";
  if (directRun) agrees = memoOnSlice === directRun.value ? "yes" : `NO: ${grouped(memoOnSlice)} vs ${grouped(directRun.value)}`;
  rows.push([
    name,
    fixed(loadSeconds, 2),
    grouped(first.value),
    fixed(text.length / first.value, 2),
    fixed(megabytes / first.seconds, 1),
    fixed(megabytes / warm.seconds, 1),
    directRun ? fixed(DIRECT_SLICE / 1e6 / directRun.seconds, 1) : "-",
    agrees,
  ]);
  log(`${name} done`);
}
log("");
const header = ["tokenizer", "load s", "tokens", "chars/token", "first MB/s", "warm MB/s", "direct MB/s", "memo = direct"];
log(formatTable(header, rows));
