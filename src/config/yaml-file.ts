// Reads a YAML file and validates it with a zod schema; a failure is one ConfigError naming file:line and field, with
// every further problem in the file listed after it, each at its own line.

import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from "yaml";
import type { z } from "zod";
import { closestName } from "../core/closest-name.ts";
import { ConfigError } from "../core/errors.ts";
import { schemaKeys } from "./schema-keys.ts";

/** A validated document, with the line of any node in it (for records that keep where they were written). */
export interface YamlDocument<T> {
  value: T;
  /** 1-based line of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** 1-based line a mapping's key is written on, when it is there. */
  keyLineOf(path: readonly PropertyKey[], key: string): number | undefined;
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
  const keyAt = (path: readonly PropertyKey[], key: string) => keyLine(doc, path, key, lines);
  return { value: validateAt(schema, doc.toJS() ?? {}, path, at, keyAt), lineOf: at, keyLineOf: keyAt };
}

/**
 * Validates a value read from a YAML file (or made from one, as a suite with its parameters filled in); a failure is
 * one ConfigError naming file:line and field, with every further problem listed after it at its own line.
 */
export function validateAt<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: string,
  lineOf: YamlDocument<unknown>["lineOf"],
  keyLineOf: (path: readonly PropertyKey[], key: string) => number | undefined = () => undefined,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .flatMap((issue) => describeIssue(issue, schema, lineOf, keyLineOf))
    // "metric: required" says nothing more than "unrecognized key metirc (did you mean metric?)" beside it.
    .filter((problem, _, all) => !all.some((other) => other.meant === problem.field))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const [first, ...rest] = problems;
  throw new ConfigError(first!.message, where(path, first!.line), rest.map((problem) => `${where(path, problem.line)}: ${problem.message}`));
}

/** `file:line`, or the file alone when the line is unknown. */
export function where(path: string, line: number | undefined): string {
  return line === undefined ? path : `${path}:${line}`;
}

interface Problem {
  line?: number;
  message: string;
  /** The path of the field, dotted. */
  field: string;
  /** For a mistyped key, the path of the field it was meant to be. */
  meant?: string;
}

/** One problem per issue, and per key of an unrecognized-keys issue: each at its key's own line, with the key it was meant to be. */
function describeIssue(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  lineOf: YamlDocument<unknown>["lineOf"],
  keyLineOf: (path: readonly PropertyKey[], key: string) => number | undefined,
): Problem[] {
  const field = dotted(issue.path);
  if (issue.code === "unrecognized_keys") {
    const known = schemaKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestName(key, known);
      const message = `unrecognized key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : known.length > 0 ? ` (known: ${known.join(", ")})` : ""}`;
      const line = keyLineOf(issue.path, key) ?? lineOf(issue.path);
      return { line, message: field ? `${field}: ${message}` : message, field: dotted([...issue.path, key]), meant: suggestion && dotted([...issue.path, suggestion]) };
    });
  }
  return [{ line: lineOf(issue.path), message: field ? `${field}: ${issue.message}` : issue.message, field }];
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The line a mapping's key is written on (its value may start lines later). */
function keyLine(doc: Document, path: readonly PropertyKey[], key: string, lines: LineCounter): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return isNode(pair?.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
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
