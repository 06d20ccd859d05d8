// Flags that belong to one task family, mapped to that family's options. A flag given to the wrong family is an error.

import { resolve } from "node:path";
import { ConfigError } from "../core/errors.ts";
import { BENCHMARK_NAMES } from "../families/benchmark/benchmark-definition.ts";
import { parseSize } from "../families/niah/grid-spec.ts";
import { isScorerName, SCORER_NAMES } from "../scorers/scorer-registry.ts";
import type { OptionsConfig, ParsedCommandArgs } from "./command.ts";
import { booleanFlag, commaListFlag, listFlag, numberFlag, stringFlag } from "./flag-values.ts";

interface FamilyFlags {
  options: OptionsConfig;
  toOptions(values: ParsedCommandArgs["values"], cwd: string): Record<string, unknown>;
}

const FLAGS: Record<string, FamilyFlags> = {
  // Not a family: the article suite's own flags (see commands/article.ts), checked like a family's.
  article: {
    options: {
      judge: { type: "string", multiple: true },
      scale: { type: "string" },
      lengths: { type: "string" },
      depths: { type: "string" },
      adaptive: { type: "string" },
      claims: { type: "string" },
      "no-probe": { type: "boolean" },
      "probe-ceiling": { type: "string" },
      "force-judges": { type: "boolean" },
    },
    toOptions: (values) => ({
      judges: commaList(values, "judge") ?? [],
      scale: stringFlag(values, "scale"),
      lengths: stringFlag(values, "lengths"),
      depths: stringFlag(values, "depths"),
      adaptiveThreshold: numberFlag(values, "adaptive", { min: 0.001, max: 0.999 }),
      claims: stringFlag(values, "claims"),
      probe: !booleanFlag(values, "no-probe"),
      probeCeiling: sizeFlag(values, "probe-ceiling"),
      forceJudges: booleanFlag(values, "force-judges"),
    }),
  },
  mysteries: {
    options: { cases: { type: "string" }, lengths: { type: "string" }, mode: { type: "string" }, languages: { type: "string" } },
    toOptions: (values) => ({
      cases: numberFlag(values, "cases", { integer: true, min: 1, max: 10_000 }),
      lengths: stringFlag(values, "lengths"),
      mode: stringFlag(values, "mode"),
      languages: stringFlag(values, "languages"),
    }),
  },
  riddles: {
    options: { languages: { type: "string" }, families: { type: "string" }, forms: { type: "string" }, file: { type: "string" } },
    toOptions: (values, cwd) => {
      const file = stringFlag(values, "file");
      return {
        languages: commaList(values, "languages"),
        families: commaList(values, "families"),
        forms: commaList(values, "forms"),
        file: file === undefined ? undefined : resolve(cwd, file),
      };
    },
  },
  refusal: {
    options: {
      categories: { type: "string" },
      languages: { type: "string" },
      kinds: { type: "string" },
      "system-prompt": { type: "string" },
      judge: { type: "string", multiple: true },
      file: { type: "string" },
    },
    toOptions: (values, cwd) => {
      const judges = commaList(values, "judge") ?? [];
      if (judges.length > 1) throw new ConfigError("refusal takes one judge (the rules label what it cannot)", "--judge");
      const file = stringFlag(values, "file");
      return {
        file: file === undefined ? undefined : resolve(cwd, file),
        categories: commaList(values, "categories"),
        languages: commaList(values, "languages"),
        kinds: commaList(values, "kinds"),
        system: stringFlag(values, "system-prompt"),
        judge: judges[0],
      };
    },
  },
  writing: {
    options: {
      judge: { type: "string", multiple: true },
      rubric: { type: "string" },
      languages: { type: "string" },
      genres: { type: "string" },
      "prompt-ids": { type: "string" },
      "force-judges": { type: "boolean" },
    },
    toOptions: (values, cwd) => {
      const rubric = stringFlag(values, "rubric");
      return {
        judges: commaList(values, "judge"),
        rubric: rubric === undefined ? undefined : resolve(cwd, rubric),
        languages: commaList(values, "languages"),
        genres: commaList(values, "genres"),
        prompts: commaList(values, "prompt-ids"),
        forceJudges: booleanFlag(values, "force-judges") || undefined,
      };
    },
  },
  longform: {
    options: {
      judge: { type: "string", multiple: true },
      rubric: { type: "string" },
      "whole-rubric": { type: "string" },
      chapters: { type: "string" },
      "chapter-words": { type: "string" },
      languages: { type: "string" },
      premises: { type: "string" },
      "force-judges": { type: "boolean" },
    },
    toOptions: (values, cwd) => {
      const rubric = stringFlag(values, "rubric");
      const wholeRubric = stringFlag(values, "whole-rubric");
      return {
        judges: commaList(values, "judge"),
        rubric: rubric === undefined ? undefined : resolve(cwd, rubric),
        wholeRubric: wholeRubric === undefined ? undefined : resolve(cwd, wholeRubric),
        chapters: numberFlag(values, "chapters", { integer: true, min: 1, max: 30 }),
        chapterWords: numberFlag(values, "chapter-words", { integer: true, min: 50, max: 5000 }),
        languages: commaList(values, "languages"),
        premises: commaList(values, "premises"),
        forceJudges: booleanFlag(values, "force-judges") || undefined,
      };
    },
  },
  niah: {
    options: {
      lengths: { type: "string" },
      depths: { type: "string" },
      needle: { type: "string", multiple: true },
      needles: { type: "string" },
      haystack: { type: "string" },
      tokenizer: { type: "string" },
      language: { type: "string" },
      "no-calibrate": { type: "boolean" },
      adaptive: { type: "string" },
      alpha: { type: "string" },
    },
    toOptions: niahOptions,
  },
  benchmark: {
    options: {
      benchmark: { type: "string" },
      limit: { type: "string" },
      subjects: { type: "string" },
      languages: { type: "string" },
      revision: { type: "string" },
      "data-dir": { type: "string" },
      "no-cot": { type: "boolean" },
    },
    toOptions(values, cwd) {
      const benchmark = stringFlag(values, "benchmark");
      if (!benchmark) throw new ConfigError(`the benchmark family needs --benchmark ${BENCHMARK_NAMES.join("|")}`, "--benchmark");
      const dataDir = stringFlag(values, "data-dir");
      return {
        benchmark,
        limit: numberFlag(values, "limit", { integer: true, min: 1 }),
        subjects: commaList(values, "subjects"),
        languages: commaList(values, "languages"),
        revision: stringFlag(values, "revision"),
        dataDir: dataDir === undefined ? undefined : resolve(cwd, dataDir),
        cot: booleanFlag(values, "no-cot") ? false : undefined,
        // The protocol's temperature is recorded with the task; --temperature sets it for the run as a whole.
        temperature: numberFlag(values, "temperature", { min: 0, max: 2 }),
      };
    },
  },
  dataset: {
    options: {
      file: { type: "string" },
      scorer: { type: "string" },
      system: { type: "string" },
      template: { type: "string" },
      "group-by": { type: "string", multiple: true },
      pattern: { type: "string" },
      tolerance: { type: "string" },
    },
    toOptions(values, cwd) {
      const file = stringFlag(values, "file");
      if (!file) throw new ConfigError("the dataset family needs --file items.jsonl|items.csv", "--file");
      return {
        file: resolve(cwd, file),
        scorer: scorerFlag(values),
        system: stringFlag(values, "system"),
        template: stringFlag(values, "template"),
        groupBy: listFlag(values, "group-by"),
        pattern: stringFlag(values, "pattern"),
        tolerance: numberFlag(values, "tolerance", { min: 0 }),
      };
    },
  },
};

const NIAH_HAYSTACKS = new Set(["prose", "noise", "distractor"]);

/** Options that also make sense in a suite file; the family's zod schema validates them after this. */
function niahOptions(values: ParsedCommandArgs["values"], cwd: string): Record<string, unknown> {
  const haystack = stringFlag(values, "haystack");
  const isFile = haystack !== undefined && !NIAH_HAYSTACKS.has(haystack);
  return {
    lengths: stringFlag(values, "lengths"),
    depths: stringFlag(values, "depths"),
    needles: commaList(values, "needle"),
    needleCount: numberFlag(values, "needles", { integer: true, min: 2, max: 10 }),
    haystack: isFile ? "file" : haystack,
    haystackFile: isFile ? resolve(cwd, haystack) : undefined,
    tokenizer: stringFlag(values, "tokenizer"),
    language: stringFlag(values, "language"),
    calibrate: booleanFlag(values, "no-calibrate") ? false : undefined,
    adaptive: adaptiveFlags(values),
  };
}

function adaptiveFlags(values: ParsedCommandArgs["values"]): { threshold: number; alpha?: number } | undefined {
  const threshold = numberFlag(values, "adaptive", { min: 0.001, max: 0.999 });
  const alpha = numberFlag(values, "alpha", { min: 0.001, max: 0.499 });
  if (threshold === undefined && alpha !== undefined) throw new ConfigError("--alpha goes with --adaptive THRESHOLD", "--alpha");
  return threshold === undefined ? undefined : { threshold, alpha };
}

function sizeFlag(values: ParsedCommandArgs["values"], name: string): number | undefined {
  const text = stringFlag(values, name);
  return text === undefined ? undefined : parseSize(text, `--${name}`);
}

function commaList(values: ParsedCommandArgs["values"], name: string): string[] | undefined {
  const list = commaListFlag(values, name);
  return list.length > 0 ? list : undefined;
}

function scorerFlag(values: ParsedCommandArgs["values"]): string {
  const scorer = stringFlag(values, "scorer") ?? "exact";
  if (!isScorerName(scorer)) throw new ConfigError(`unknown scorer "${scorer}" (valid: ${SCORER_NAMES.join(", ")})`, "--scorer");
  return scorer;
}

export const FAMILY_FLAG_OPTIONS: OptionsConfig = Object.assign({}, ...Object.values(FLAGS).map((flags) => flags.options));

/** The flags one family (or the article suite) takes beside the common ones; none for a family without its own. */
export function familyOptions(family: string): OptionsConfig {
  return FLAGS[family]?.options ?? {};
}

export function familyFlags(family: string, values: ParsedCommandArgs["values"], cwd: string): Record<string, unknown> {
  for (const [other, flags] of Object.entries(FLAGS)) {
    if (other === family) continue;
    for (const name of Object.keys(flags.options)) {
      if (values[name] !== undefined && !FLAGS[family]?.options[name]) throw new ConfigError(`--${name} is not an option of ${family}`, `--${name}`);
    }
  }
  return FLAGS[family]?.toOptions(values, cwd) ?? {};
}

/** A suite file carries each task's options itself; family flags beside it would be silently ignored. */
export function rejectFamilyFlags(values: ParsedCommandArgs["values"], suite: string): void {
  for (const name of Object.keys(FAMILY_FLAG_OPTIONS)) {
    if (values[name] !== undefined) throw new ConfigError(`--${name} cannot be combined with a suite file (${suite}): set it on the task in the suite`, `--${name}`);
  }
}
