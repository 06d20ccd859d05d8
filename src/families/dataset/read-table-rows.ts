// Streams the records of a CSV, TSV or JSON Lines file, each with its `file:line`, so files of ~100 MB never sit in
// memory as text and every problem can name the line it is on. What the columns mean is the caller's business.

import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { CsvError, parse } from "csv-parse";
import { ConfigError } from "../../core/errors.ts";
import { refuseBinary } from "./refuse-binary.ts";

export interface TableRow {
  /** A CSV/TSV row as column → cell text; a JSON line as parsed (any JSON value). */
  record: unknown;
  /** "file:line", for error messages. */
  where: string;
  line: number;
}

export const TABLE_EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson"] as const;

const CSV_PROBLEMS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: "the row has a different number of fields than the header",
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: "the row has a different number of fields than the header",
  CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed",
  CSV_INVALID_CLOSING_QUOTE: "unexpected character after a closing quote",
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quotes in it: "a ""b"" c")',
};

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: "file not found",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file",
};

/** A CSV/TSV header must name every column once; `onHeader` may check more (and throw ConfigError). */
export type HeaderCheck = (columns: string[], where: string) => void;

/** Rows of a .csv, .tsv, .jsonl or .ndjson file; an unreadable file is a ConfigError naming it and `what` it holds. */
export async function* readTableRows(file: string, what: string, onHeader?: HeaderCheck): AsyncGenerator<TableRow> {
  const extension = extname(file).toLowerCase();
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new ConfigError(`unsupported ${what} format "${extension || "(no extension)"}" (use ${TABLE_EXTENSIONS.join(", ")})`, file);
  }
  try {
    yield* extension === ".csv" || extension === ".tsv" ? readDelimited(file, extension === ".csv" ? "," : "\t", onHeader) : readJsonLines(file);
  } catch (error) {
    throw fileProblem(error, file, what);
  }
}

/** A file system error as a one-line ConfigError naming the file; anything else unchanged. */
export function fileProblem(error: unknown, file: string, what: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (error instanceof ConfigError || typeof code !== "string" || !code.startsWith("E")) return error;
  return new ConfigError(`cannot read ${what}: ${FILE_PROBLEMS[code] ?? code}`, file);
}

export async function* readDelimited(file: string, delimiter: "," | "\t", onHeader?: HeaderCheck): AsyncGenerator<TableRow> {
  const parser = parse({
    delimiter,
    // TSV files rarely quote, and a stray quote in a cell must not swallow the rows after it.
    quote: delimiter === "\t" ? false : '"',
    bom: true,
    info: true,
    skip_empty_lines: true,
    columns: (header: string[]) => {
      const columns = header.map((name) => name.trim());
      const seen = new Set<string>();
      columns.forEach((name, index) => {
        if (name === "") throw new ConfigError(`column ${index + 1} has no name`, `${file}:1`);
        if (seen.has(name)) throw new ConfigError(`column "${name}" appears twice`, `${file}:1`);
        seen.add(name);
      });
      onHeader?.(columns, `${file}:1`);
      return columns;
    },
  });
  const input = createReadStream(file);
  const text = refuseBinary(file, delimiter === "," ? "CSV" : "TSV");
  input.on("error", (error) => parser.destroy(error));
  text.on("error", (error) => parser.destroy(error));
  input.pipe(text).pipe(parser);
  let previousEnd = 1;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; empty_lines: number } }>) {
      // info.lines is where the record ends; it starts after the previous record and any blank lines between.
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      yield { record, where: `${file}:${line}`, line };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new ConfigError(CSV_PROBLEMS[error.code] ?? `malformed ${delimiter === "," ? "CSV" : "TSV"} (${error.code})`, `${file}:${String(error.lines)}`);
    }
    throw error;
  } finally {
    input.destroy();
  }
}

export async function* readJsonLines(file: string): AsyncGenerator<TableRow> {
  const input = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (text.trim() === "") continue;
      const where = `${file}:${line}`;
      if (text.includes("\u0000")) throw new ConfigError("a binary file, not JSON Lines text (a NUL byte on this line)", where);
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch (error) {
        throw new ConfigError(`invalid JSON (${jsonProblem(error)})`, where);
      }
      yield { record, where, line };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

/** JSON.parse quotes the offending text; keep the message to one short line. */
export function jsonProblem(error: unknown): string {
  const message = (error as Error).message.replace(/\s+/gu, " ");
  return message.length <= 120 ? message : `${message.slice(0, 119)}…`;
}
