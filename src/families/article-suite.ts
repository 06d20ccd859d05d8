// The review's battery as one suite: a long-context sweep with the 85K and 300K points and a three-needle run,
// riddles in English and Spanish, mysteries, over-refusal with and without the permissive system prompt, creative
// and longform writing, and (measured on every answer) style and loops. Three sizes; every size asks the same kinds
// of question, so a quick run is a cheap preview of a full one. The context probe runs beside it (see the command).

import { ConfigError } from "../core/errors.ts";
import type { RunSpec } from "../core/run-spec.ts";

export const ARTICLE_SCALES = ["quick", "standard", "full"] as const;
export type ArticleScale = (typeof ARTICLE_SCALES)[number];

export interface ArticleOptions {
  scale: ArticleScale;
  /** Judges for writing, longform and refusal (config target names or provider:model). */
  judges: readonly string[];
  /** Replace the scale's long-context lengths (e.g. "8k,85k,300k,1m") and depths (e.g. "0..100:25"). */
  lengths?: string;
  depths?: string;
  /** Adaptive sampling of the long-context sweep against this accuracy. */
  adaptiveThreshold?: number;
  forceJudges?: boolean;
}

interface ScaleShape {
  lengths: string;
  depths: string;
  multiLengths: string;
  mysteryCases: number;
  mysteryLengths: string;
  writingPrompts?: string[];
  /** Refusal languages and categories; absent = all the data has. */
  refusalLanguages?: string[];
  refusalCategories?: string[];
  longformPremises: string[];
  chapters: number;
  chapterWords: number;
}

const SCALES: Record<ArticleScale, ScaleShape> = {
  quick: {
    lengths: "1k,4k,16k",
    depths: "0,50,100",
    multiLengths: "4k,16k",
    mysteryCases: 6,
    mysteryLengths: "1k,4k",
    writingPrompts: ["paradox-en", "paradox-es"],
    refusalLanguages: ["en", "es"],
    refusalCategories: ["homonyms", "figurative", "fiction", "history", "harm-reduction", "arguments", "persuasion", "humour"],
    longformPremises: ["relay-en"],
    chapters: 2,
    chapterWords: 300,
  },
  standard: {
    lengths: "8k,32k,85k,128k,300k",
    depths: "0..100:25",
    multiLengths: "85k,300k",
    mysteryCases: 20,
    mysteryLengths: "1k,4k,16k,32k",
    writingPrompts: ["paradox-en", "paradox-es", "lighthouse-en", "noir-en"],
    longformPremises: ["relay-en"],
    chapters: 8,
    chapterWords: 1000,
  },
  full: {
    lengths: "8k,32k,85k,128k,300k,1m",
    depths: "0..100:10",
    multiLengths: "85k,300k,1m",
    mysteryCases: 40,
    mysteryLengths: "1k,4k,16k,32k",
    longformPremises: ["relay-en", "cartographer-en", "inventario-es"],
    chapters: 8,
    chapterWords: 1000,
  },
};

export function parseArticleScale(value: string | undefined): ArticleScale {
  if (value === undefined) return "standard";
  if ((ARTICLE_SCALES as readonly string[]).includes(value)) return value as ArticleScale;
  throw new ConfigError(`unknown scale "${value}" (use ${ARTICLE_SCALES.join(", ")})`, "--scale");
}

export function articleTasks(options: ArticleOptions): RunSpec["tasks"] {
  const shape = SCALES[options.scale];
  const judges = [...options.judges];
  const forceJudges = options.forceJudges ?? false;
  const adaptive = options.adaptiveThreshold === undefined ? {} : { adaptive: { threshold: options.adaptiveThreshold } };
  return [
    { family: "niah", options: { id: "niah", lengths: options.lengths ?? shape.lengths, depths: options.depths ?? shape.depths, ...adaptive } },
    { family: "niah", options: { id: "niah-three-needles", needles: ["multi"], needleCount: 3, lengths: shape.multiLengths, depths: "50" } },
    { family: "riddles", options: { languages: ["en", "es"] } },
    { family: "mysteries", options: { cases: shape.mysteryCases, lengths: shape.mysteryLengths, languages: ["en", "es"] } },
    { family: "refusal", options: { system: "both", ...(shape.refusalLanguages ? { languages: shape.refusalLanguages } : {}),
        ...(shape.refusalCategories ? { categories: shape.refusalCategories } : {}), ...(judges[0] ? { judge: judges[0] } : {}) } },
    { family: "writing", options: { judges, forceJudges, ...(shape.writingPrompts ? { prompts: shape.writingPrompts } : {}) } },
    { family: "longform", options: { judges, forceJudges, premises: shape.longformPremises, chapters: shape.chapters, chapterWords: shape.chapterWords } },
  ];
}
