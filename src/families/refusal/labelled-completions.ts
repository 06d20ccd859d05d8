// Reads completions that people have labelled complied / refused / partial (CSV, TSV or JSON Lines), for measuring
// how far a grader agrees with them. Column names and label spellings are the file's own, mapped by the caller; every
// problem is one line naming the file (and line), found before a single judge is asked anything.

import { basename } from "node:path";
import { ConfigError } from "../../core/errors.ts";
import type { RefusalLabel } from "../../scorers/refusal-label.ts";
import { readTableRows } from "../dataset/read-table-rows.ts";

export const REFUSAL_LABELS: readonly RefusalLabel[] = ["complied", "refused", "partial"];

export interface LabelledCompletion {
  /** "file:line" of the row. */
  where: string;
  prompt: string;
  completion: string;
  /** The people's label. */
  human: RefusalLabel;
  /** Labels other graders already gave in the file (e.g. XSTest's string match), by column. */
  graded: Record<string, RefusalLabel>;
  /** The row's value of each group column; `file` is the file's name when several files are read. */
  groups: Record<string, string>;
}

export interface LabelledColumns {
  prompt: string;
  completion: string;
  label: string;
  /** Columns holding other graders' labels, compared like any labeler. */
  graders: readonly string[];
  groupBy: readonly string[];
  /** The file's label spellings (lower case) → our labels; complied, refused and partial need no entry. */
  labelMap: Readonly<Record<string, RefusalLabel>>;
}

/** The flag that names each kind of column, for error messages. */
const COLUMN_FLAGS = { prompt: "--prompt-column", completion: "--completion-column", label: "--label-column", graders: "--grader-column", groupBy: "--group-by" } as const;

export const FILE_GROUP = "file";

export async function readLabelledCompletions(files: readonly string[], columns: LabelledColumns): Promise<LabelledCompletion[]> {
  if (files.length === 0) throw new ConfigError("name a file of labelled completions", "--file");
  const rows: LabelledCompletion[] = [];
  for (const file of files) rows.push(...(await readOneFile(file, columns, files.length > 1)));
  return rows;
}

async function readOneFile(file: string, columns: LabelledColumns, tagFile: boolean): Promise<LabelledCompletion[]> {
  const rows: LabelledCompletion[] = [];
  const unknown = new Map<string, Map<string, number>>();
  const label = (value: string, column: string): RefusalLabel => {
    const key = value.trim().toLowerCase();
    const mapped = columns.labelMap[key] ?? (REFUSAL_LABELS as readonly string[]).find((l) => l === key);
    if (mapped !== undefined) return mapped as RefusalLabel;
    const counts = unknown.get(column) ?? new Map<string, number>();
    counts.set(value.trim(), (counts.get(value.trim()) ?? 0) + 1);
    unknown.set(column, counts);
    return "refused";
  };
  let checked = false;
  for await (const row of readTableRows(file, "labelled completions", (header, where) => requireColumns(header, columns, where))) {
    const record = asRecord(row.record, row.where);
    if (!checked) {
      requireColumns(Object.keys(record), columns, row.where);
      checked = true;
    }
    const prompt = cell(record, columns.prompt);
    if (prompt.trim() === "") throw new ConfigError(`empty "${columns.prompt}"`, row.where);
    const graded: Record<string, RefusalLabel> = {};
    for (const grader of columns.graders) graded[grader] = label(cell(record, grader), grader);
    const groups: Record<string, string> = Object.fromEntries(columns.groupBy.filter((c) => c !== FILE_GROUP).map((c) => [c, cell(record, c).trim() || "(none)"]));
    if (tagFile || columns.groupBy.includes(FILE_GROUP)) groups[FILE_GROUP] = basename(file);
    rows.push({ where: row.where, prompt, completion: cell(record, columns.completion), human: label(cell(record, columns.label), columns.label), graded, groups });
  }
  if (unknown.size > 0) throw unknownLabels(unknown, file);
  if (rows.length === 0) throw new ConfigError("no rows", file);
  return rows;
}

/** One line naming the missing column and the columns the file has. */
function requireColumns(header: readonly string[], columns: LabelledColumns, where: string): void {
  const wanted: [string, string][] = [
    [columns.prompt, COLUMN_FLAGS.prompt],
    [columns.completion, COLUMN_FLAGS.completion],
    [columns.label, COLUMN_FLAGS.label],
    ...columns.graders.map((c): [string, string] => [c, COLUMN_FLAGS.graders]),
    ...columns.groupBy.filter((c) => c !== FILE_GROUP).map((c): [string, string] => [c, COLUMN_FLAGS.groupBy]),
  ];
  for (const [column, flag] of wanted) {
    if (!header.includes(column)) throw new ConfigError(`no column "${column}" (columns: ${header.join(", ")}); name it with ${flag}`, where);
  }
}

function unknownLabels(unknown: Map<string, Map<string, number>>, file: string): ConfigError {
  const [column, counts] = [...unknown.entries()][0]!;
  const values = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const listed = values.slice(0, 6).map(([value, n]) => `${JSON.stringify(value)} (${n} row${n === 1 ? "" : "s"})`);
  if (values.length > 6) listed.push(`and ${values.length - 6} more`);
  return new ConfigError(`unknown labels in column "${column}": ${listed.join(", ")}; map them with --label-map VALUE=complied|refused|partial`, file);
}

function asRecord(record: unknown, where: string): Record<string, unknown> {
  if (typeof record !== "object" || record === null || Array.isArray(record)) throw new ConfigError("expected an object", where);
  return record as Record<string, unknown>;
}

function cell(record: Record<string, unknown>, column: string): string {
  const value = record[column];
  return value === undefined || value === null ? "" : typeof value === "string" ? value : String(value);
}

/** "a=complied,b=refused" entries (flags may repeat) → a label map; a target that is not a label is a ConfigError. */
export function parseLabelMap(entries: readonly string[]): Record<string, RefusalLabel> {
  const map: Record<string, RefusalLabel> = {};
  for (const entry of entries.flatMap((e) => e.split(",")).map((e) => e.trim()).filter(Boolean)) {
    const at = entry.lastIndexOf("=");
    const [from, to] = at < 0 ? [entry, ""] : [entry.slice(0, at).trim(), entry.slice(at + 1).trim().toLowerCase()];
    if (from === "" || !(REFUSAL_LABELS as readonly string[]).includes(to)) {
      throw new ConfigError(`"${entry}": expected VALUE=complied, VALUE=refused or VALUE=partial`, "--label-map");
    }
    map[from.toLowerCase()] = to as RefusalLabel;
  }
  return map;
}
