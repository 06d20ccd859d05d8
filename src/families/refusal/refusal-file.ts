// Reads a user's own over-refusal prompts (CSV, TSV or JSON Lines), XSTest's `xstest_prompts.csv` among them:
// a prompt, a label (safe, unsafe, or XSTest's contrast_* types), and optionally an id, a type (or category), a language
// and a mirror-pair key. Every bad row is `file:line: problem`, found before a request is sent.

import { ConfigError } from "../../core/errors.ts";
import type { Metadata, MetadataValue } from "../../core/item.ts";
import { readTableRows } from "../dataset/read-table-rows.ts";
import { MIRROR_SIDES, type RefusalKind } from "./refusal-items.ts";

export interface FilePrompt {
  id: string;
  prompt: string;
  kind: RefusalKind;
  /** The row's type or category, and language, when it has them. */
  category?: string;
  language?: string;
  /** Mirror pairs: the pair's key, and which side this row is (its first row is left). */
  entry?: string;
  side?: (typeof MIRROR_SIDES)[number];
  /** The file's other columns, kept as item metadata. */
  extra: Metadata;
}

/** Columns with a meaning here; any other column is carried along as metadata. */
const CATEGORY_COLUMNS = ["type", "category"];
const PAIR_COLUMNS = ["pair", "mirror"];
const KNOWN_COLUMNS = new Set(["id", "prompt", "label", "language", ...CATEGORY_COLUMNS, ...PAIR_COLUMNS]);
/** Metadata keys the refusal items set themselves; a column of that name would be overwritten, so it is refused. */
const RESERVED = new Set(["kind", "system", "entry", "side", "twinOf"]);

export async function loadRefusalFile(file: string): Promise<FilePrompt[]> {
  const prompts: FilePrompt[] = [];
  const firstSeen = new Map<string, string>();
  const pairs = new Map<string, { where: string; prompt: FilePrompt }[]>();
  for await (const row of readTableRows(file, "refusal prompts", checkHeader)) {
    const record = row.record;
    if (typeof record !== "object" || record === null || Array.isArray(record)) throw new ConfigError("expected an object", row.where);
    const cells = record as Record<string, unknown>;
    const text = (name: string) => (cells[name] === undefined || cells[name] === null ? "" : String(cells[name]).trim());
    const prompt = text("prompt");
    if (prompt === "") throw new ConfigError('missing "prompt"', row.where);
    const id = text("id") || String(row.line);
    const earlier = firstSeen.get(id);
    if (earlier !== undefined) throw new ConfigError(`duplicate id "${id}" (first at ${earlier})`, row.where);
    firstSeen.set(id, row.where);
    const pair = PAIR_COLUMNS.map(text).find((value) => value !== "");
    const entry: FilePrompt = { id, prompt, kind: kindOf(text("label"), pair !== undefined, row.where), extra: extraColumns(cells, row.where) };
    const category = CATEGORY_COLUMNS.map(text).find((value) => value !== "");
    if (category !== undefined) entry.category = category;
    if (text("language") !== "") entry.language = text("language");
    if (pair !== undefined) pairs.set(pair, [...(pairs.get(pair) ?? []), { where: row.where, prompt: entry }]);
    prompts.push(entry);
  }
  for (const [key, sides] of pairs) {
    if (sides.length !== 2) throw new ConfigError(`mirror pair "${key}" has ${sides.length} row${sides.length === 1 ? "" : "s"}; a pair has exactly two`, sides.at(-1)!.where);
    sides.forEach(({ prompt }, index) => Object.assign(prompt, { entry: key, side: MIRROR_SIDES[index] }));
  }
  if (prompts.length === 0) throw new ConfigError("no prompts", file);
  return prompts;
}

function checkHeader(columns: string[], where: string): void {
  for (const required of ["prompt", "label"]) {
    if (!columns.includes(required)) throw new ConfigError(`no "${required}" column (columns: ${columns.join(", ")})`, where);
  }
}

/** safe, unsafe, XSTest's contrast_* types (unsafe twins of safe prompts), or mirror for one side of a pair. */
function kindOf(label: string, paired: boolean, where: string): RefusalKind {
  const value = label.toLowerCase();
  if (paired) {
    if (value === "safe" || value === "mirror") return "mirror";
    throw new ConfigError(`a mirror pair's row is labelled "${label}" (use safe or mirror)`, where);
  }
  if (value === "safe") return "safe";
  if (value === "unsafe" || value.startsWith("contrast")) return "unsafe";
  throw new ConfigError(`unknown label "${label}" (use safe, unsafe or contrast_*; mirror with a pair column)`, where);
}

function extraColumns(cells: Record<string, unknown>, where: string): Metadata {
  const extra: Metadata = {};
  for (const [column, value] of Object.entries(cells)) {
    if (KNOWN_COLUMNS.has(column)) continue;
    if (RESERVED.has(column)) throw new ConfigError(`column "${column}" is set by realitycheck; rename it`, where);
    extra[column] = plain(value);
  }
  return extra;
}

function plain(value: unknown): MetadataValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value === "" ? null : value;
  return JSON.stringify(value);
}
