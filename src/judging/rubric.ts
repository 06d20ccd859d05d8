// A grading rubric: named criteria, each with what it means, its score range and its weight, read from YAML files
// (bad files fail with a ConfigError naming file:line) and shared by the rubric prompt and the reply parser.

import { z } from "zod";
import { readYamlFile } from "../config/yaml-file.ts";

const CRITERION_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u;

/** How replies name a criterion: case, spaces, '_' and '-' do not matter ("Plot_Logic" is "plot logic"). */
export function criterionKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/gu, " ");
}

const bound = (fallback: number) => z.number().int().default(fallback);
const minBelowMax = (range: { min: number; max: number }) => range.min < range.max;
const MIN_BELOW_MAX = { message: "max must be greater than min", path: ["max"] };

export const rubricCriterionSchema = z
  .strictObject({
    name: z.string().trim().regex(CRITERION_NAME, "criterion names use letters, digits, spaces, '_' and '-' (they label the judge's score lines)"),
    description: z.string().trim().min(1),
    min: bound(1),
    max: bound(10),
    weight: z.number().positive().default(1),
  })
  .refine(minBelowMax, MIN_BELOW_MAX);

export const rubricSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    description: z.string().trim().min(1).optional(),
    criteria: z.array(rubricCriterionSchema).min(1),
    /** When present, the judge also gives one overall score in this range. */
    overall: z.strictObject({ min: bound(1), max: bound(10) }).refine(minBelowMax, MIN_BELOW_MAX).optional(),
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    rubric.criteria.forEach((criterion, i) => {
      const key = criterionKey(criterion.name);
      if (key === "overall") ctx.addIssue({ code: "custom", message: `"overall" is reserved for the overall score`, path: ["criteria", i, "name"] });
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: `criterion "${criterion.name}" is named twice`, path: ["criteria", i, "name"] });
      seen.add(key);
    });
  });

export type Rubric = z.output<typeof rubricSchema>;
export type RubricCriterion = z.output<typeof rubricCriterionSchema>;

/** Reads and checks a rubric YAML file; throws ConfigError "file:line: field: message" when it is malformed. */
export function readRubricFile(path: string): Rubric {
  return readYamlFile(path, rubricSchema);
}
