// One record of a user's dataset (a JSON object or a CSV row) validated and turned into an Item.
// Known fields: id, input, expected, choices, metadata (an object of plain values); every other field is metadata.

import { z } from "zod";
import { ConfigError } from "../../core/errors.ts";
import type { Item, Metadata } from "../../core/item.ts";

const KNOWN_FIELDS = new Set(["id", "input", "expected", "choices", "metadata"]);

const plainValue = z.union([z.string(), z.number(), z.boolean(), z.null()], {
  error: "must be a string, number, boolean or null (nested objects and lists are not allowed)",
});
/** A non-empty string or a number; zod reports the failing branch, so each branch carries the message. */
const textOrNumber = (error: string) => z.union([z.string({ error }).trim().min(1, { error }), z.number({ error }).finite({ error })], { error });
const answerText = textOrNumber("must be a non-empty string or a number");

const recordSchema = z
  .object({
    id: answerText.nullish(),
    input: z.string({ error: "must be a string" }).refine((s) => s.trim() !== "", { error: "is empty" }),
    expected: z.union([answerText, z.array(answerText).min(1)], { error: "must be a non-empty string, a number, or a non-empty list of them" }).nullish(),
    choices: z
      .array(answerText, { error: "must be a list" })
      .min(2, { error: "needs at least two choices" })
      .max(26, { error: "has more than 26 choices (letters A-Z)" })
      .nullish(),
    metadata: z.record(z.string(), plainValue, { error: "must be an object of plain values" }).nullish(),
  })
  .catchall(plainValue);

/** Validates one record; every problem is a ConfigError located at `where` (e.g. "items.jsonl:7"). */
export function recordToItem(raw: unknown, where: string, fallbackId: string): Item {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`expected an object, got ${raw === null ? "null" : Array.isArray(raw) ? "a list" : typeof raw}`, where);
  }
  if ((raw as Record<string, unknown>).input === undefined) throw new ConfigError('missing "input"', where);
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join(".") ?? "";
    throw new ConfigError(`${path ? `"${path}" ` : ""}${issue?.message ?? "invalid record"}`, where);
  }
  const { id, input, expected, choices, metadata: nested, ...fields } = parsed.data;
  const metadata: Metadata = { ...nested };
  for (const [key, value] of Object.entries(fields)) {
    if (KNOWN_FIELDS.has(key)) continue;
    if (key in metadata) throw new ConfigError(`"${key}" appears both as a field and inside "metadata"`, where);
    metadata[key] = value as Metadata[string];
  }
  const item: Item = { id: id === undefined || id === null ? fallbackId : String(id).trim(), input, metadata };
  if (expected !== undefined && expected !== null) item.expected = Array.isArray(expected) ? expected.map(String) : String(expected);
  if (choices) item.choices = choices.map(String);
  return item;
}
