// Streams the rows of a CSV or TSV dataset as plain records, so files of ~100 MB never sit in memory as text.
// Choices come from consecutive A, B, C... columns or from a `choices` column of `|`-separated values.

import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { ConfigError } from "../../core/errors.ts";
import type { MetadataValue } from "../../core/item.ts";

export interface DatasetRow {
  record: unknown;
  /** "file:line", for error messages. */
  where: string;
  /** The id an item gets when the record has none: its 1-based line number. */
  fallbackId: string;
}

const CSV_PROBLEMS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: "the row has a different number of fields than the header",
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "the row has a different number of fields than the header",
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "unexpected character after a closing quote",
};

export async function* readDelimitedRows(file: string, delimiter: "," | "\t"): AsyncGenerator<DatasetRow> {
  let columns: string[] = [];
  let letterColumns: string[] = [];
  const parser = parse({
    delimiter,
    // TSV files rarely quote, and a stray quote in a cell must not swallow the rows after it.
    quote: delimiter === "\t" ? false : '"',
    bom: true,
    info: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      columns = header.map((name) => name.trim());
      letterColumns = checkHeader(columns, `${file}:1`);
      return columns;
    },
  });
  const input = createReadStream(file);
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  let previousEnd = 1;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; empty_lines: number } }>) {
      // info.lines is where the record ends; it starts after the previous record and any blank lines between.
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      const where = `${file}:${line}`;
      yield { record: rowToRecord(record, letterColumns, where), where, fallbackId: String(line) };
    }
  } catch (error) {
    const { code, lines } = error as { code?: unknown; lines?: unknown };
    if (typeof code === "string" && code.startsWith("CSV_")) {
      throw new ConfigError(CSV_PROBLEMS[code] ?? `malformed ${delimiter === "," ? "CSV" : "TSV"} (${code})`, `${file}:${String(lines)}`);
    }
    throw error;
  } finally {
    input.destroy();
  }
}

/** Validates the header and returns the choice columns (A, B, ... consecutive from A; at least two). */
function checkHeader(columns: string[], where: string): string[] {
  const seen = new Set<string>();
  columns.forEach((name, index) => {
    if (name === "") throw new ConfigError(`column ${index + 1} has no name`, where);
    if (seen.has(name)) throw new ConfigError(`column "${name}" appears twice`, where);
    seen.add(name);
  });
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
