// How big a benchmark run is, for `plan`, without downloading the data: from the local copy when there is one,
// else from the Hub's metadata alone (the revision's file list with sizes, and for Parquet the file's footer, read
// with two range requests: row count and the uncompressed size of the question columns). Offline without a copy,
// it refuses in one line.

import type { AsyncBuffer } from "hyparquet";
import { DatasetError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import type { BuildContext, TaskSize } from "../task-family.ts";
import type { BenchmarkDefinition } from "./benchmark-definition.ts";
import type { BenchmarkOptions } from "./benchmark-options.ts";
import { notCached } from "./hub/fetch-dataset.ts";
import { hubFetch, type HubRepo, resolveRevision, resolveUrl, type RevisionInfo } from "./hub/hub-client.ts";
import type { HubSettings } from "./hub/hub-settings.ts";
import { benchmarkHub, datasetRequest, loadLocalBenchmark } from "./load-benchmark.ts";

/** Chat framing around a prompt, in tokens; the same allowance the runner's estimates make. */
const FRAMING_TOKENS = 4;
const CHARS_PER_TOKEN = 4;
const FOOTER_TIMEOUT_MS = 30_000;
/** The first read from the end of the file: a benchmark's footer (schema and row groups) is a few kilobytes. */
const FOOTER_FETCH_BYTES = 64 * 1024;

export function outputCap(options: BenchmarkOptions): number {
  return options.maxOutputTokens ?? (options.cot ? 4096 : 64);
}

export async function benchmarkSize(definition: BenchmarkDefinition, options: BenchmarkOptions, context: BuildContext): Promise<TaskSize> {
  const base = { taskId: options.id ?? definition.name, outputCapTokens: outputCap(options), typicalOutputTokens: options.cot ? definition.typicalOutputTokens : 16 };
  const local = await loadLocalBenchmark(definition, options, context);
  if (local) {
    const chars = local.items.reduce((sum, item) => sum + promptChars(definition, item, context.seed, options.cot), 0);
    const where = `${local.data.repo}@${local.data.commit?.slice(0, 7) ?? "local"}`;
    return { ...base, items: local.items.length, promptTokensPerItem: tokens(chars / Math.max(1, local.items.length)), basis: `${local.items.length} questions read from the ${local.data.source === "data-dir" ? "data folder" : "cache"} (${where})` };
  }
  const settings = benchmarkHub(options, context);
  const request = datasetRequest(definition, options);
  if (settings.offline) throw notCached(settings, request, "HF_HUB_OFFLINE is set, and a plan needs at least the dataset's metadata");
  const info = await resolveRevision(settings, definition.repo, options.revision).catch((error: unknown) => {
    throw error instanceof DatasetError && error.problem === "unreachable" ? notCached(settings, request, error.message) : error;
  });
  const specs = definition.files(options.languages);
  const where = `${definition.repo.id}@${info.commit.slice(0, 7)}`;
  const instruction = promptChars(definition, { id: "size", input: "", choices: [], metadata: {} }, context.seed, options.cot);
  let rows: number;
  let questionChars: number;
  let basis: string;
  const parquet = specs.length === 1 && specs[0]?.format === "parquet" ? specs[0].path : undefined;
  if (parquet && definition.promptColumns) {
    const footer = await parquetFooter(settings, definition.repo, info, parquet);
    rows = footer.rows;
    questionChars = footer.columnBytes(definition.promptColumns) / Math.max(1, rows);
    basis = `${rows} questions and their sizes from the Parquet footer of ${where} (nothing downloaded)`;
  } else {
    const bytes = specs.reduce((sum, spec) => sum + (info.files.get(spec.path)?.size ?? 0), 0);
    rows = options.languages ? Math.round((definition.knownItems * specs.length) / definition.files().length) : definition.knownItems;
    questionChars = (bytes * (definition.promptShareOfFile ?? 1)) / rows;
    basis = `${rows} questions (the published set), sized from ${where}'s file sizes (${bytes.toLocaleString("en")} bytes; nothing downloaded)`;
  }
  const items = Math.min(options.limit ?? rows, rows);
  const subjects = options.subjects ? "; --subjects is not applied before download (sizes per subject are not in the metadata)" : "";
  return { ...base, items, promptTokensPerItem: tokens(instruction + questionChars), basis: basis + subjects };
}

function promptChars(definition: BenchmarkDefinition, item: Item, seed: number, cot: boolean): number {
  return definition.prompt(item, { trial: 1, seed, cot }).reduce((sum, message) => sum + message.content.length, 0);
}

function tokens(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN) + FRAMING_TOKENS;
}

async function parquetFooter(settings: HubSettings, repo: HubRepo, info: RevisionInfo, path: string) {
  const size = info.files.get(path)?.size;
  if (size === undefined) throw new DatasetError("hub_error", `${repo.id}: the Hub lists no size for ${path}, so its footer cannot be read`);
  const url = resolveUrl(settings, repo.id, info.commit, path);
  const buffer: AsyncBuffer = {
    byteLength: size,
    async slice(start, end = size) {
      const response = await hubFetch(settings, url, repo, path, FOOTER_TIMEOUT_MS, { headers: { range: `bytes=${start}-${end - 1}` } });
      const bytes = await response.arrayBuffer();
      // A server that ignores Range sends the whole file: cut the asked part out of it.
      return response.status === 206 ? bytes : bytes.slice(start, end);
    },
  };
  const { parquetMetadataAsync } = await import("hyparquet");
  let metadata;
  try {
    metadata = await parquetMetadataAsync(buffer, { initialFetchSize: FOOTER_FETCH_BYTES });
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw new DatasetError("corrupt", `${repo.id}@${info.commit.slice(0, 7)}:${path} has no readable Parquet footer (${(error as Error).message})`);
  }
  return {
    rows: Number(metadata.num_rows),
    columnBytes(columns: readonly string[]): number {
      let total = 0;
      for (const group of metadata.row_groups) {
        for (const column of group.columns) {
          if (columns.includes(column.meta_data?.path_in_schema[0] ?? "")) total += Number(column.meta_data?.total_uncompressed_size ?? 0);
        }
      }
      return total;
    },
  };
}
