// The rows of a CSV or TSV dataset as plain records (streamed by read-table-rows.ts, so big files never sit in memory).
// Choices come from consecutive A, B, C... columns or from a `choices` column of `|`-separated values.

import { ConfigError } from "../../core/errors.ts";
import type { MetadataValue } from "../../core/item.ts";
import { readDelimited } from "./read-table-rows.ts";

export interface DatasetRow {
  record: unknown;
  /** "file:line", for error messages. */
  where: string;
  /** The id an item gets when the record has none: its 1-based line number. */
  fallbackId: string;
}

export async function* readDelimitedRows(file: string, delimiter: "," | "\t"): AsyncGenerator<DatasetRow> {
  let letterColumns: string[] = [];
  const rows = readDelimited(file, delimiter, (columns, where) => {
    letterColumns = checkHeader(columns, where);
  });
  for await (const { record, where, line } of rows) {
    yield { record: rowToRecord(record as Record<string, string>, letterColumns, where), where, fallbackId: String(line) };
  }
}

/** Validates the header and returns the choice columns (A, B, ... consecutive from A; at least two). */
function checkHeader(columns: string[], where: string): string[] {
  const seen = new Set(columns);
  if (!seen.has("input")) throw new ConfigError(`no "input" column (columns: ${columns.join(", ")})`, where);
  const letters: string[] = [];
  while (seen.has(String.fromCharCode(65 + letters.length))) letters.push(String.fromCharCode(65 + letters.length));
  const choiceColumns = letters.length >= 2 ? letters : [];
  if (choiceColumns.length > 0 && seen.has("choices")) {
    throw new ConfigError('both a "choices" column and A, B, ... choice columns; keep one', where);
  }
  return choiceColumns;
}

function rowToRecord(row: Record<string, string>, letterColumns: string[], where: string): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (letterColumns.includes(column)) continue;
    if (column === "id" || column === "input" || column === "expected") {
      if (cell.trim() !== "") record[column] = cell;
    } else if (column === "choices") {
      if (cell.trim() !== "") record.choices = cell.split("|").map((choice) => choice.trim());
    } else {
      record[column] = cellValue(cell);
    }
  }
  if (letterColumns.length > 0) {
    const cells = letterColumns.map((column) => (row[column] ?? "").trim());
    while (cells.length > 0 && cells.at(-1) === "") cells.pop();
    const gap = cells.indexOf("");
    if (gap >= 0) throw new ConfigError(`choice ${letterColumns[gap]} is empty but a later choice is not`, where);
    if (cells.length > 0) record.choices = cells;
  }
  return record;
}

/** CSV cells are text; plain numbers and true/false become typed metadata, an empty cell null. Text like "007" stays text. */
function cellValue(cell: string): MetadataValue {
  if (cell.trim() === "") return null;
  if (cell === "true" || cell === "false") return cell === "true";
  const number = Number(cell);
  return Number.isFinite(number) && String(number) === cell ? number : cell;
}
