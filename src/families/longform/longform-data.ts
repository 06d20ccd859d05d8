// The shipped longform premises and their per-language instructions (data/writing/longform.yaml), validated at load,
// and the items they make: one conversation per premise, a plan and then one user turn per chapter.

import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readYamlFile } from "../../config/yaml-file.ts";
import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";

export const LONGFORM_FILE = fileURLToPath(new URL("../../../data/writing/longform.yaml", import.meta.url));
export const CHAPTER_RUBRIC_FILE = fileURLToPath(new URL("../../../data/writing/chapter-rubric.yaml", import.meta.url));

const longformFileSchema = z
  .strictObject({
    instructions: z.record(z.string().min(2), z.strictObject({ plan: z.string().min(20), chapter: z.string().min(20) })),
    premises: z
      .array(z.strictObject({ id: z.string().regex(/^[\w-]+$/), genre: z.string().min(1), language: z.string().min(2), premise: z.string().min(20) }))
      .min(1),
  })
  .superRefine((file, ctx) => {
    file.premises.forEach((premise, index) => {
      if (!file.instructions[premise.language]) ctx.addIssue({ code: "custom", path: ["premises", index, "language"], message: `no instructions in "${premise.language}"` });
    });
  });

export type LongformFile = z.output<typeof longformFileSchema>;

export function loadLongform(file = LONGFORM_FILE): LongformFile {
  return readYamlFile(file, longformFileSchema);
}

export interface LongformShape {
  chapters: number;
  chapterWords: number;
  planWords: number;
}

export interface LongformFilter {
  languages?: readonly string[];
  premises?: readonly string[];
}

/** One item per chosen premise: the plan request as input and the chapter requests as follow-up turns. */
export function longformItems(data: LongformFile, shape: LongformShape, filter: LongformFilter): Item[] {
  let chosen = data.premises;
  for (const [option, field, wanted] of [["languages", "language", filter.languages], ["premises", "id", filter.premises]] as const) {
    if (!wanted) continue;
    const known = [...new Set(data.premises.map((p) => p[field]))];
    const unknown = wanted.find((value) => !known.includes(value));
    if (unknown) throw new ConfigError(`unknown ${field === "id" ? "premise" : field} "${unknown}" (known: ${known.join(", ")})`, option);
    chosen = chosen.filter((p) => wanted.includes(p[field]));
  }
  return chosen.map((p) => {
    const text = data.instructions[p.language]!;
    const fill = (template: string, n = 0) =>
      template
        .replaceAll("{chapters}", String(shape.chapters))
        .replaceAll("{words}", String(shape.chapterWords))
        .replaceAll("{planWords}", String(shape.planWords))
        .replaceAll("{premise}", p.premise)
        .replaceAll("{n}", String(n));
    return {
      id: p.id,
      input: fill(text.plan),
      followUps: Array.from({ length: shape.chapters }, (_, i) => fill(text.chapter, i + 1)),
      metadata: { genre: p.genre, language: p.language, chapters: shape.chapters, targetWords: shape.chapterWords, planWords: shape.planWords },
    };
  });
}
