// What one published benchmark is to realitycheck: where its data lives on the Hub, how its rows become items, how
// an item is asked (0-shot, with or without reasoning) and scored, which metric its vendors' claims name, and the
// facts a plan needs before anything is downloaded.

import type { Item } from "../../core/item.ts";
import type { ChatMessage } from "../../core/messages.ts";
import type { Scorer } from "../../core/scorer.ts";
import type { HubRepo } from "./hub/hub-client.ts";
import type { Row, TableFormat } from "./readers/read-table.ts";

export const BENCHMARK_NAMES = ["mmlu-pro", "gpqa-diamond", "mgsm", "math-500"] as const;
export type BenchmarkName = (typeof BENCHMARK_NAMES)[number];

/** Every benchmark's answers are scored under this name; its metrics read it. */
export const BENCHMARK_SCORER = "benchmark";

export interface DataFileSpec {
  /** Path in the Hub repository. */
  path: string;
  format: TableFormat;
  /** Column names for files without a header row. */
  columns?: readonly string[];
  /** The stratum the whole file holds (MGSM: its language). */
  stratum?: string;
}

export interface LoadedTable {
  spec: DataFileSpec;
  rows: Row[];
  /** "OWNER/NAME@COMMIT:PATH", for errors. */
  where: string;
}

export interface PromptOptions {
  trial: number;
  seed: number;
  /** Reason step by step before the answer (the vendors' 0-shot chain-of-thought protocol), or answer directly. */
  cot: boolean;
}

export interface BenchmarkDefinition {
  name: BenchmarkName;
  title: string;
  repo: HubRepo;
  licence: string;
  /** The files holding the test set; `strata` narrows them when files are per stratum (MGSM's languages). */
  files(strata?: readonly string[]): DataFileSpec[];
  /** Rows to items; a malformed row is a DatasetError naming the file and row. */
  items(tables: readonly LoadedTable[]): Item[];
  /** The metadata key that splits the set into subjects or languages (per-group results, stratified subsets). */
  stratum: "subject" | "language";
  /** Items that are one problem in several strata share this metadata key (MGSM's problem number). */
  parallelKey?: string;
  prompt(item: Item, options: PromptOptions): ChatMessage[];
  scorer(seed: number): Scorer;
  /** The metric vendors' claims about this benchmark are held against. */
  headline: "macro_accuracy" | "accuracy";
  /** Whether the benchmark can be asked without reasoning (MGSM's prompts always ask for it). */
  direct: boolean;
  /** Facts for plans before any download: the published test set's size... */
  knownItems: number;
  /** ...a typical 0-shot chain-of-thought answer's length in tokens (our estimate; a run reports the real one)... */
  typicalOutputTokens: number;
  /** ...and how a question's size is read from metadata: the Parquet columns the prompt is made of (from the file's
   * footer), or for other files the share of the file's bytes that is question text. */
  promptColumns?: readonly string[];
  promptShareOfFile?: number;
}
