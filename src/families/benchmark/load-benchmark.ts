// A benchmark's items for a run: its files fetched (data folder, cache or Hub), read, turned into items, narrowed to
// the chosen subjects or languages and, with a limit, to a stratified subset.

import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import type { BuildContext } from "../task-family.ts";
import type { BenchmarkDefinition, LoadedTable } from "./benchmark-definition.ts";
import type { BenchmarkOptions } from "./benchmark-options.ts";
import { type DatasetRequest, fetchDataset, type FetchedDataset, findLocalDataset } from "./hub/fetch-dataset.ts";
import { hubSettings, type HubSettings } from "./hub/hub-settings.ts";
import { readTable } from "./readers/read-table.ts";
import { stratifiedSubset } from "./stratified-subset.ts";

export interface LoadedBenchmark {
  items: Item[];
  data: FetchedDataset;
}

export function benchmarkHub(options: BenchmarkOptions, context: BuildContext): HubSettings {
  return hubSettings(context.env ?? {}, context.cwd, options.dataDir);
}

export function datasetRequest(definition: BenchmarkDefinition, options: BenchmarkOptions): DatasetRequest {
  return { repo: definition.repo, revision: options.revision, paths: definition.files(options.languages).map((file) => file.path) };
}

export async function loadBenchmark(definition: BenchmarkDefinition, options: BenchmarkOptions, context: BuildContext): Promise<LoadedBenchmark> {
  const data = await fetchDataset(benchmarkHub(options, context), datasetRequest(definition, options));
  return { items: await itemsOf(definition, options, context.seed, data), data };
}

/** The same, only when no network is needed (data folder or a complete cache); undefined otherwise. */
export async function loadLocalBenchmark(definition: BenchmarkDefinition, options: BenchmarkOptions, context: BuildContext): Promise<LoadedBenchmark | undefined> {
  const data = await findLocalDataset(benchmarkHub(options, context), datasetRequest(definition, options));
  return data && { items: await itemsOf(definition, options, context.seed, data), data };
}

async function itemsOf(definition: BenchmarkDefinition, options: BenchmarkOptions, seed: number, data: FetchedDataset): Promise<Item[]> {
  const specs = definition.files(options.languages);
  const tables: LoadedTable[] = [];
  for (const [index, spec] of specs.entries()) {
    const file = data.files[index]!;
    const where = `${data.repo}@${data.commit?.slice(0, 7) ?? "local"}:${spec.path}`;
    tables.push({ spec, rows: await readTable({ file: file.file, format: spec.format, where, columns: spec.columns }), where });
  }
  let items = definition.items(tables);
  if (options.subjects) {
    const known = [...new Set(items.map((item) => String(item.metadata[definition.stratum])))];
    const unknown = options.subjects.find((subject) => !known.includes(subject));
    if (unknown !== undefined) throw new ConfigError(`${definition.title} has no subject "${unknown}" (subjects: ${known.join(", ")})`, "subjects");
    items = items.filter((item) => options.subjects?.includes(String(item.metadata[definition.stratum])));
  }
  return stratifiedSubset(items, { limit: options.limit, seed, stratum: definition.stratum, parallelKey: definition.parallelKey });
}
