// The claim file format: a set of vendor statements, each with a subject, a kind and what a measurement must show.
// Checked at the edge with the rules of each kind, so a claim that reaches the verdict code is always complete.

import { z } from "zod";
import { closestName } from "../core/closest-name.ts";
import { CLAIM_KINDS, type Claim, type ClaimKind, type ClaimSubject, type Comparison } from "../core/claim.ts";
import { BENCHMARK_NAMES } from "../families/benchmark/benchmark-definition.ts";
import { STYLE_MEASURES } from "../style/style-measures.ts";
import { parseNumber, parsePositive, parseRate, parseTokenCount, type ParsedValue } from "./claim-values.ts";

export const SPEED_METRICS = { ttft_ms: "<=", output_tokens_per_second: ">=" } as const satisfies Record<string, Comparison>;
const STYLE_PREFIX = "style:";
/** Family metrics read as shares of samples: their thresholds must be rates. */
const RATE_METRIC = /rate|accuracy|asymmetry|recall/i;

const subjectSchema = z.strictObject({
  model: z.string().trim().min(1, "name the model the claim is about"),
  host: z.string().trim().min(1).optional(),
});

const kindSchema = z.enum(CLAIM_KINDS, {
  error: (issue) => {
    if (issue.input === undefined) return `required (known: ${CLAIM_KINDS.join(", ")})`;
    const meant = typeof issue.input === "string" ? closestName(issue.input, CLAIM_KINDS) : undefined;
    return `unknown kind ${JSON.stringify(issue.input)} (${meant ? `did you mean "${meant}"?` : `known: ${CLAIM_KINDS.join(", ")}`})`;
  },
});

const text = () => z.string({ error: (issue) => (issue.input === undefined ? "required" : "must be text") });

const rawClaimSchema = z.strictObject({
  id: text().regex(/^[A-Za-z0-9][\w.-]*$/, "ids use letters, digits, '.', '_' and '-'"),
  subject: subjectSchema.optional(),
  kind: kindSchema,
  statement: text().trim().min(1, "say what the vendor claimed"),
  source: z.string().trim().min(1).optional(),
  family: z.string().trim().min(1).optional(),
  metric: z.string().trim().min(1).optional(),
  comparison: z.enum([">=", "<="], { error: 'must be ">=" (at least) or "<=" (at most)' }).optional(),
  threshold: z.union([z.number(), z.string()]).optional(),
  length: z.union([z.number(), z.string()]).optional(),
  benchmark: z.string().trim().min(1).optional(),
  score: z.number({ error: "must be a number of points (0-100)" }).optional(),
  tolerance: z.number({ error: "must be a number of points" }).optional(),
  protocol: z
    .strictObject({
      shots: z.number().int().min(0),
      cot: z.boolean(),
      temperature: z.number().min(0).max(2).optional(),
    })
    .optional(),
  reason: z.string().trim().min(1).optional(),
  metadata: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

type RawClaim = z.output<typeof rawClaimSchema>;
type Field = "family" | "metric" | "comparison" | "threshold" | "length" | "benchmark" | "score" | "tolerance" | "protocol" | "reason";
const FIELD_NAMES: readonly Field[] = ["family", "metric", "comparison", "threshold", "length", "benchmark", "score", "tolerance", "protocol", "reason"];
/** A vendor's benchmark score may be held this many points below what it says, for protocol differences. */
export const DEFAULT_BENCHMARK_TOLERANCE = 2;
export type ParsedClaim = Omit<Claim, "subject" | "line"> & { subject?: ClaimSubject };

/** Which optional fields each kind reads; any other is a mistake worth naming. */
const FIELDS: Record<ClaimKind, readonly Field[]> = {
  "context-window": ["comparison", "threshold"],
  "retrieval-accuracy": ["comparison", "threshold", "length"],
  "effective-context": ["comparison", "threshold"],
  metric: ["family", "metric", "comparison", "threshold"],
  speed: ["family", "metric", "comparison", "threshold"],
  style: ["family", "metric", "comparison", "threshold"],
  benchmark: ["benchmark", "metric", "comparison", "score", "tolerance", "protocol"],
  untestable: ["reason"],
};

const claimSchema = rawClaimSchema.transform((raw, ctx): ParsedClaim => {
  const problems: [Field, string][] = [];
  const result = checkKind(raw, (field, message) => problems.push([field, message]));
  for (const field of FIELD_NAMES) {
    if (raw[field] !== undefined && !FIELDS[raw.kind].includes(field)) problems.push([field, `does not apply to ${raw.kind} claims`]);
  }
  if (problems.length === 0 && result) return result;
  for (const [field, message] of problems) ctx.addIssue({ code: "custom", path: [field], message });
  return z.NEVER;
});

export const claimSetSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][\w.-]*$/i, "names use letters, digits, '.', '_' and '-'").optional(),
    description: z.string().trim().default(""),
    simulated: z.boolean().default(false),
    /** The subject of every claim that names none. */
    subject: subjectSchema.optional(),
    claims: z.array(claimSchema).min(1, "a claim set needs at least one claim"),
  })
  .transform((set, ctx) => {
    const seen = new Set<string>();
    set.claims.forEach((claim, index) => {
      if (seen.has(claim.id)) ctx.addIssue({ code: "custom", path: ["claims", index, "id"], message: `duplicate id "${claim.id}"` });
      seen.add(claim.id);
      if (!claim.subject && !set.subject) {
        ctx.addIssue({ code: "custom", path: ["claims", index, "subject"], message: "missing: name the model (subject: { model: ... }) here or at the top of the file" });
      }
    });
    return { ...set, claims: set.claims.map((claim) => ({ ...claim, subject: (claim.subject ?? set.subject) as ClaimSubject })) };
  });

type Report = (field: Field, message: string) => void;

function checkKind(raw: RawClaim, report: Report): ParsedClaim | undefined {
  const { family, metric, comparison, threshold, length, benchmark, score, tolerance, protocol, reason, ...base } = raw;
  switch (raw.kind) {
    case "untestable":
      return { ...base, comparison: ">=", reason };
    case "benchmark":
      return benchmarkClaim(raw, base, report);
    case "context-window":
    case "effective-context": {
      const value = required(threshold, parseTokenCount, "threshold", report);
      return fixedComparison(comparison, ">=", report) && value !== undefined ? { ...base, comparison: ">=", threshold: value } : undefined;
    }
    case "retrieval-accuracy": {
      const value = required(threshold, parseRate, "threshold", report);
      const tokens = required(length, parseTokenCount, "length", report);
      const ok = fixedComparison(comparison, ">=", report) && value !== undefined && tokens !== undefined;
      return ok ? { ...base, comparison: ">=", threshold: value, length: tokens } : undefined;
    }
    case "speed": {
      if (metric === undefined || !(metric in SPEED_METRICS)) {
        report("metric", `${metric === undefined ? "required" : `unknown speed metric "${metric}"`} (known: ${Object.keys(SPEED_METRICS).join(", ")})`);
        return undefined;
      }
      const direction = SPEED_METRICS[metric as keyof typeof SPEED_METRICS];
      const value = required(threshold, parsePositive, "threshold", report);
      return fixedComparison(comparison, direction, report) && value !== undefined ? { ...base, family, metric, comparison: direction, threshold: value } : undefined;
    }
    case "style": {
      const measure = STYLE_MEASURES.find((m) => m.name === metric || m.name === `${STYLE_PREFIX}${metric}`);
      if (!measure) {
        const known = STYLE_MEASURES.map((m) => m.name.slice(STYLE_PREFIX.length)).join(", ");
        report("metric", `${metric === undefined ? "required" : `unknown style metric "${metric}"`} (known: ${known})`);
        return undefined;
      }
      const value = required(threshold, measure.kind === "rate" ? parseRate : (v) => parseNumber(v, 0), "threshold", report);
      const direction = requiredComparison(comparison, report);
      return value !== undefined && direction ? { ...base, family, metric: measure.name, comparison: direction, threshold: value } : undefined;
    }
    case "metric": {
      if (metric === undefined) report("metric", "required: the metric's name as the family reports it (e.g. mirror_refusal_rate)");
      const value = required(threshold, metric !== undefined && RATE_METRIC.test(metric) ? parseRate : (v) => parseNumber(v), "threshold", report);
      const direction = requiredComparison(comparison, report);
      return metric !== undefined && value !== undefined && direction ? { ...base, family, metric, comparison: direction, threshold: value } : undefined;
    }
  }
}

function required(raw: unknown, parse: (raw: unknown) => ParsedValue, field: Field, report: Report): number | undefined {
  if (raw === undefined) {
    report(field, "required");
    return undefined;
  }
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  report(field, parsed.message);
  return undefined;
}

function fixedComparison(given: Comparison | undefined, fixed: Comparison, report: Report): boolean {
  if (given === undefined || given === fixed) return true;
  report("comparison", `this kind of claim is always "${fixed}"`);
  return false;
}

function requiredComparison(given: Comparison | undefined, report: Report): Comparison | undefined {
  if (given === undefined) report("comparison", 'required: ">=" (at least) or "<=" (at most)');
  return given;
}

function benchmarkClaim(raw: RawClaim, base: Omit<ParsedClaim, "comparison">, report: Report): ParsedClaim | undefined {
  const { benchmark, score, metric, protocol } = raw;
  const tolerance = raw.tolerance ?? DEFAULT_BENCHMARK_TOLERANCE;
  const known = benchmark !== undefined && (BENCHMARK_NAMES as readonly string[]).includes(benchmark);
  if (!known) report("benchmark", `${benchmark === undefined ? "required" : `unknown benchmark "${benchmark}"`} (known: ${BENCHMARK_NAMES.join(", ")})`);
  const scored = score !== undefined && score > 0 && score <= 100;
  if (!scored) report("score", score === undefined ? "required: the vendor's score in points, e.g. 74.3" : `must be between 0 and 100 points, got ${score}`);
  const tolerable = tolerance >= 0 && (score === undefined || tolerance < score);
  if (!tolerable) report("tolerance", `must be at least 0 and below the score, got ${tolerance}`);
  if (!fixedComparison(raw.comparison, ">=", report) || !known || !scored || !tolerable) return undefined;
  return { ...base, benchmark, metric, score, tolerance, protocol: protocol ?? { shots: 0, cot: true }, comparison: ">=", threshold: (score - tolerance) / 100 };
}
