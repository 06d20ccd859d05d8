// Reads a downloaded benchmark file into plain rows, whatever its format. A file that cannot be read is a
// DatasetError ("corrupt") naming the file, before any model is asked anything.

import { readDelimited } from "./read-delimited.ts";
import { readJsonLines } from "./read-json-lines.ts";
import { readParquet } from "./read-parquet.ts";

export type TableFormat = "parquet" | "jsonl" | "csv" | "tsv";

export type Row = Record<string, unknown>;

export interface TableSource {
  file: string;
  format: TableFormat;
  /** How errors name the file: "TIGER-Lab/MMLU-Pro@3373e0b:data/test.parquet". */
  where: string;
  /** For CSV and TSV files without a header row: the column names, in order. */
  columns?: readonly string[];
}

export function readTable(source: TableSource): Promise<Row[]> {
  switch (source.format) {
    case "parquet":
      return readParquet(source.file, source.where);
    case "jsonl":
      return readJsonLines(source.file, source.where);
    case "csv":
      return readDelimited(source.file, source.where, ",", source.columns);
    case "tsv":
      return readDelimited(source.file, source.where, "\t", source.columns);
  }
}
