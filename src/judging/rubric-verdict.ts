// Reads a rubric judge's scores: a JSON object {"scores": {...}, "overall": n} (bare, fenced or amid prose), or else
// one "criterion: 7/10" line per criterion. Every criterion must be there and in range; otherwise the verdict is
// unscored with the reason, never a zero.

import { z } from "zod";
import { criterionKey, type Rubric } from "./rubric.ts";

export type RubricVerdict =
  | {
      status: "scored";
      /** Each criterion's score, keyed by its name as the rubric spells it. */
      scores: Record<string, number>;
      /** The judge's overall score, only when the rubric asks for one. */
      overall?: number;
      /** Weighted mean of the criterion scores, each rescaled to 0..1 over its range: the sample's score value. */
      weighted: number;
      format: "json" | "lines";
    }
  | { status: "unscored"; reason: string };

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const SCORE_TEXT = new RegExp(String.raw`^(${NUMBER})(?:\s*/\s*(${NUMBER}))?$`);
const replyShape = z.object({ scores: z.record(z.string(), z.unknown()), overall: z.unknown().optional() });

export function parseRubricVerdict(reply: string, rubric: Rubric): RubricVerdict {
  const json = lastScoresObject(reply);
  const format = json === undefined ? "lines" : "json";
  const found = json ?? scoreLines(reply, rubric);
  if (found === undefined) return { status: "unscored", reason: "no JSON scores object and no criterion score lines" };
  const shape = replyShape.safeParse(found);
  if (!shape.success) return { status: "unscored", reason: `"scores" is not an object of criterion scores` };
  const byKey: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(shape.data.scores)) {
    const key = criterionKey(name);
    if (key in byKey) return { status: "unscored", reason: `criterion "${name}" is scored twice` };
    byKey[key] = value;
  }
  const checked = schemaFor(rubric).safeParse({ scores: byKey, overall: shape.data.overall });
  if (!checked.success) return { status: "unscored", reason: reasonOf(checked.error.issues[0]!, rubric, byKey, shape.data.overall) };
  const scores: Record<string, number> = {};
  let weightedSum = 0;
  let weights = 0;
  for (const criterion of rubric.criteria) {
    const score = checked.data.scores[criterionKey(criterion.name)] as number;
    scores[criterion.name] = score;
    weightedSum += (criterion.weight * (score - criterion.min)) / (criterion.max - criterion.min);
    weights += criterion.weight;
  }
  const verdict: RubricVerdict = { status: "scored", scores, weighted: weightedSum / weights, format };
  if (rubric.overall) verdict.overall = checked.data.overall as number;
  return verdict;
}

/** A score within [min, max]: a number, or text such as "7" or "7/10" whose denominator is the range's max. */
function scoreSchema(min: number, max: number) {
  const fromText = (value: unknown) => {
    if (typeof value !== "string") return value;
    const match = SCORE_TEXT.exec(value.trim());
    if (!match || (match[2] !== undefined && Number(match[2]) !== max)) return value;
    return Number(match[1]);
  };
  return z.preprocess(
    fromText,
    z
      .number({ error: (issue) => (issue.input === undefined ? "is missing" : `is not a score from ${min} to ${max}`) })
      .min(min, `is below the minimum ${min}`)
      .max(max, `is above the maximum ${max}`),
  );
}

function schemaFor(rubric: Rubric) {
  const shape: Record<string, ReturnType<typeof scoreSchema>> = {};
  for (const criterion of rubric.criteria) shape[criterionKey(criterion.name)] = scoreSchema(criterion.min, criterion.max);
  return z.object({
    scores: z.strictObject(shape),
    overall: rubric.overall ? scoreSchema(rubric.overall.min, rubric.overall.max) : z.unknown(),
  });
}

function reasonOf(issue: z.core.$ZodIssue, rubric: Rubric, byKey: Record<string, unknown>, overall: unknown): string {
  if (issue.code === "unrecognized_keys") return `unknown criteria: ${issue.keys.join(", ")}`;
  const [group, key] = issue.path;
  if (group === "overall") return `overall score ${describe(overall)}${issue.message}`;
  const name = rubric.criteria.find((criterion) => criterionKey(criterion.name) === key)?.name ?? String(key);
  return `criterion "${name}" ${describe(byKey[String(key)])}${issue.message}`;
}

function describe(value: unknown): string {
  return value === undefined ? "" : `${JSON.stringify(value)} `;
}

/** The last JSON object in the reply that has a "scores" key, wherever it sits (code fence, prose, bare). */
function lastScoresObject(reply: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const text of jsonObjectTexts(reply)) {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === "object" && !Array.isArray(value) && "scores" in value) found = value as Record<string, unknown>;
    } catch {
      // Braces in prose that are not JSON; keep looking.
    }
  }
  return found;
}

/** Top-level balanced {...} spans, skipping braces inside JSON strings; an opening brace that never closes is passed over. */
function jsonObjectTexts(text: string): string[] {
  const spans: string[] = [];
  let start = text.indexOf("{");
  while (start >= 0) {
    const end = matchingBrace(text, start);
    if (end < 0) {
      start = text.indexOf("{", start + 1);
      continue;
    }
    spans.push(text.slice(start, end + 1));
    start = text.indexOf("{", end + 1);
  }
  return spans;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i;
  }
  return -1;
}

/** "Name: 7", "**Name**: 7/10", "- name = 7" lines, the last per criterion (and overall), or undefined when none. */
function scoreLines(reply: string, rubric: Rubric): { scores: Record<string, string>; overall?: string } | undefined {
  const valueOf = (name: string): string | undefined => {
    const words = criterionKey(name).split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp(
      String.raw`^[ \t]*(?:[-*>#]+[ \t]+|\d+[.)][ \t]+)*(?:\*\*|__|")?[ \t]*${words.join(String.raw`[\s_-]+`)}[ \t]*(?:\*\*|__|")?[ \t]*[:：=][ \t]*(?:\*\*|__)?[ \t]*(${NUMBER}(?:[ \t]*/[ \t]*${NUMBER})?)`,
      "gimu",
    );
    let last: string | undefined;
    for (const match of reply.matchAll(pattern)) last = match[1];
    return last;
  };
  const scores: Record<string, string> = {};
  for (const criterion of rubric.criteria) {
    const value = valueOf(criterion.name);
    if (value !== undefined) scores[criterion.name] = value;
  }
  if (Object.keys(scores).length === 0) return undefined;
  const overall = rubric.overall ? valueOf("overall") : undefined;
  return overall === undefined ? { scores } : { scores, overall };
}
