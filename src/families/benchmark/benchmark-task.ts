// A benchmark as a task: its items (all, or a stratified subset), asked with the benchmark's 0-shot prompt at the
// protocol's temperature, scored by its extractor, and the data it came from recorded in the task's params: the
// dataset, the commit and each file's sha256, so a run names exactly which data it used.

import { hashOf } from "../../core/hash.ts";
import type { Item, Metadata } from "../../core/item.ts";
import type { Task } from "../../core/task.ts";
import type { BenchmarkDefinition } from "./benchmark-definition.ts";
import { benchmarkMetrics } from "./benchmark-metrics.ts";
import type { FetchedDataset } from "./hub/fetch-dataset.ts";

export interface BenchmarkTaskOptions {
  definition: BenchmarkDefinition;
  items: Item[];
  seed: number;
  cot: boolean;
  temperature: number;
  maxOutputTokens: number;
  /** Where the items came from; on resume the params stored with the run stand in for it. */
  source: FetchedDataset | { storedParams: Metadata };
  limit?: number;
  id?: string;
}

export function benchmarkTask(options: BenchmarkTaskOptions): Task {
  const { definition, items, seed, cot } = options;
  const strata = [...new Set(items.map((item) => String(item.metadata[definition.stratum])))];
  return {
    id: options.id ?? definition.name,
    family: "benchmark",
    params: "storedParams" in options.source ? options.source.storedParams : params(options, options.source),
    items,
    prompt: (item, { trial }) => definition.prompt(item, { trial, seed, cot }),
    scorers: [definition.scorer(seed)],
    metrics: benchmarkMetrics(definition, strata),
    groupBy: [definition.stratum],
    settings: { temperature: options.temperature, maxOutputTokens: options.maxOutputTokens },
  };
}

function params(options: BenchmarkTaskOptions, data: FetchedDataset): Metadata {
  const { definition, items, cot } = options;
  return {
    benchmark: definition.name,
    dataset: data.repo,
    licence: definition.licence,
    revision: data.revision,
    commit: data.commit ?? "unknown (data folder without download records)",
    files: data.files.map((file) => `${file.path} sha256:${file.sha256}`).join("; "),
    source: data.source,
    items: items.length,
    limit: options.limit ?? null,
    // A different subset (another seed or limit) is a different task, never a cache hit on other questions' answers.
    itemsHash: hashOf(items.map((item) => item.id)).slice(0, 16),
    protocol: `0-shot, ${cot ? "chain of thought" : "direct answer"}, temperature ${options.temperature}`,
    headline: definition.headline,
  };
}
