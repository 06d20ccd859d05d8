// Reads a user's dataset file (JSONL, NDJSON, a JSON array, CSV or TSV) into items. Line-oriented formats stream;
// every problem is a one-line ConfigError naming the file and line, before any request is sent.

import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import { recordToItem } from "./dataset-record.ts";
import { readDelimitedRows, type DatasetRow } from "./read-delimited-rows.ts";

export const DATASET_EXTENSIONS = [".jsonl", ".ndjson", ".json", ".csv", ".tsv"] as const;

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
};

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
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof ConfigError) && typeof code === "string" && code.startsWith("E")) {
      throw new ConfigError(`cannot read dataset: ${FILE_PROBLEMS[code] ?? code}`, file);
    }
    throw error;
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
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      const text = lineNumber === 1 ? line.replace(/^\uFEFF/, "") : line;
      if (text.trim() === "") continue;
      const where = `${file}:${lineNumber}`;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        throw new ConfigError(`invalid JSON (${jsonProblem(error)})`, where);
      }
      yield { record, where, fallbackId: String(lineNumber) };
    }
  } finally {
    lines.close();
    input.destroy();
  }
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

/** JSON.parse quotes the offending text; keep the message to one short line. */
function jsonProblem(error: unknown): string {
  const message = (error as Error).message.replace(/\s+/gu, " ");
  return message.length <= 120 ? message : `${message.slice(0, 119)}…`;
}
