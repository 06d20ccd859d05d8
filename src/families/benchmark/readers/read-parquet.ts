// Parquet rows through hyparquet, with every codec the Hub's files use (hyparquet-compressors). Whole-file reads:
// benchmark files are a few megabytes.

import { DatasetError } from "../../../core/errors.ts";
import type { Row } from "./read-table.ts";

export async function readParquet(file: string, where: string): Promise<Row[]> {
  // Loaded on first use: every command that lists the families would otherwise pay for the Parquet reader.
  const [{ asyncBufferFromFile, parquetReadObjects }, { compressors }] = await Promise.all([import("hyparquet"), import("hyparquet-compressors")]);
  let rows: Row[];
  try {
    rows = (await parquetReadObjects({ file: await asyncBufferFromFile(file), compressors })) as Row[];
  } catch (error) {
    throw new DatasetError("corrupt", `${where} is not a readable Parquet file (${oneLine(error)}); delete it from the cache to download it again`, { cause: error });
  }
  return rows.map(plainRow);
}

/** 64-bit integers come back as bigint; benchmark ids and counts fit a number. */
function plainRow(row: Row): Row {
  const plain: Row = {};
  for (const [key, value] of Object.entries(row)) plain[key] = typeof value === "bigint" ? Number(value) : value;
  return plain;
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 160);
}
