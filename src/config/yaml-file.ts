// Reads a YAML file and validates it with a zod schema; every failure is one ConfigError naming file:line and field.

import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import { ConfigError } from "../core/errors.ts";

/** A validated document, with the line of any node in it (for records that keep where they were written). */
export interface YamlDocument<T> {
  value: T;
  /** 1-based line of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  return readYamlDocument(path, schema).value;
}

export function parseYamlText<S extends z.ZodType>(text: string, path: string, schema: S): z.output<S> {
  return parseYamlDocument(text, path, schema).value;
}

/** `where` names the file in errors (default: the path as given). */
export function readYamlDocument<S extends z.ZodType>(path: string, schema: S, where = path): YamlDocument<z.output<S>> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`, where);
  }
  return parseYamlDocument(text, where, schema);
}

export function parseYamlDocument<S extends z.ZodType>(text: string, path: string, schema: S): YamlDocument<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new ConfigError(`invalid YAML: ${firstLine(syntax.message)}`, `${path}:${line}`);
  }
  const at = (path: readonly PropertyKey[]) => lineOf(doc, path, lines);
  return { value: validateAt(schema, doc.toJS() ?? {}, path, at), lineOf: at };
}

/**
 * Validates a value read from a YAML file (or made from one, as a suite with its parameters filled in); a failure is
 * a ConfigError naming file:line and field.
 */
export function validateAt<S extends z.ZodType>(schema: S, value: unknown, path: string, lineOf: YamlDocument<unknown>["lineOf"]): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join(".");
  throw new ConfigError(field ? `${field}: ${issue.message}` : issue.message, where(path, lineOf(issue.path)));
}

/** `file:line`, or the file alone when the line is unknown. */
export function where(path: string, line: number | undefined): string {
  return line === undefined ? path : `${path}:${line}`;
}

/** The line of the deepest node that exists along the issue's path (a missing key points at its parent). */
function lineOf(doc: Document, path: readonly PropertyKey[], lines: LineCounter): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}
