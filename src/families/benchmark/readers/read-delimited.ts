// CSV and TSV rows through csv-parse. Benchmark TSVs (MGSM) have no header and no quoting: a quote inside a
// question is text, so quoting is off for tabs; CSVs (GPQA) quote multi-line fields and carry a header row.

import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { DatasetError } from "../../../core/errors.ts";
import type { Row } from "./read-table.ts";

export async function readDelimited(file: string, where: string, delimiter: "," | "\t", columns?: readonly string[]): Promise<Row[]> {
  const text = await readFile(file, "utf8");
  try {
    return parse(text, {
      delimiter,
      quote: delimiter === "\t" ? false : '"',
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      columns: columns === undefined ? true : [...columns],
    }) as Row[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const at = lines === undefined ? where : `${where}:${lines}`;
    throw new DatasetError("corrupt", `${at}: not a well-formed ${delimiter === "," ? "CSV" : "TSV"} file (${code ?? (error as Error).message.split("\n")[0]})`, { cause: error });
  }
}
