// Reads a user's dataset file (JSONL, NDJSON, a JSON array, CSV or TSV) into items. Line-oriented formats stream;
// every problem is a one-line ConfigError naming the file and line, before any request is sent.

import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import { recordToItem } from "./dataset-record.ts";
import { readDelimitedRows, type DatasetRow } from "./read-delimited-rows.ts";
import { fileProblem, jsonProblem, readJsonLines } from "./read-table-rows.ts";

export const DATASET_EXTENSIONS = [".jsonl", ".ndjson", ".json", ".csv", ".tsv"] as const;

export async function loadDataset(file: string): Promise<Item[]> {
  const rows = rowsOf(file);
  const items: Item[] = [];
  const firstSeen = new Map<string, string>();
  try {
    for await (const row of rows) {
      const item = recordToItem(row.record, row.where, row.fallbackId);
      const earlier = firstSeen.get(item.id);
      if (earlier !== undefined) throw new ConfigError(`duplicate id "${item.id}" (first at ${earlier})`, row.where);
      firstSeen.set(item.id, row.where);
      items.push(item);
    }
  } catch (error) {
    throw fileProblem(error, file, "dataset");
  }
  if (items.length === 0) throw new ConfigError("the dataset has no items", file);
  return items;
}

function rowsOf(file: string): AsyncIterable<DatasetRow> {
  switch (extname(file).toLowerCase()) {
    case ".jsonl":
    case ".ndjson":
      return jsonLines(file);
    case ".json":
      return jsonArray(file);
    case ".csv":
      return readDelimitedRows(file, ",");
    case ".tsv":
      return readDelimitedRows(file, "\t");
    default:
      throw new ConfigError(`unsupported dataset format "${extname(file) || "(no extension)"}" (use ${DATASET_EXTENSIONS.join(", ")})`, file);
  }
}

async function* jsonLines(file: string): AsyncGenerator<DatasetRow> {
  for await (const { record, where, line } of readJsonLines(file)) yield { record, where, fallbackId: String(line) };
}

/** A .json file holds one array, which JSON.parse must see whole; positions stand in for line numbers. */
async function* jsonArray(file: string): AsyncGenerator<DatasetRow> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  if (text.trim() === "") return;
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`invalid JSON (${jsonProblem(error)})`, file);
  }
  if (!Array.isArray(records)) throw new ConfigError("a .json dataset must be an array of objects (use .jsonl for one object per line)", file);
  for (const [index, record] of records.entries()) {
    yield { record, where: `${file} item ${index + 1}`, fallbackId: String(index + 1) };
  }
}
