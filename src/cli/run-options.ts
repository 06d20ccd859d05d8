// The flags shared by `run` and `plan`, and how they become a run spec (with config defaults underneath).

import { resolve } from "node:path";
import type { Config } from "../config/config-schema.ts";
import { resolveTargets } from "../config/resolve-targets.ts";
import { ConfigError } from "../core/errors.ts";
import type { GenerationSettings } from "../core/target.ts";
import { allFamilies, familyNames, findFamily } from "../families/registry.ts";
import { builtInSuitePath, isSuitePath, loadSuiteFile } from "../families/suite-file.ts";
import { flagsOf } from "../families/family-flags.ts";
import { DEFAULT_RETRY_POLICY } from "../runner/retry-policy.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { ARTICLE_OPTIONS } from "./article-flags.ts";
import type { CommandTopics, OptionsConfig, ParsedCommandArgs } from "./command.ts";
import { familyFlagOptions, familyOptions, rejectFamilyFlags } from "./family-options.ts";
import { booleanFlag, listFlag, numberFlag, stringFlag } from "./flag-values.ts";

export const DEFAULT_TIMEOUT_SECONDS = 300;
/** More trials of one item than this is a typo (1e9), not a measurement: adaptive sampling decides most cells in 30. */
export const MAX_TRIALS = 10_000;

/** Every command that sends to targets takes it: no one-request check of each target and judge first. */
export const SKIP_PREFLIGHT_OPTION: OptionsConfig = { "skip-preflight": { type: "boolean" } };

/** Targets, trials, execution and budget: what every command that runs something takes. */
export const BASE_RUN_OPTIONS: OptionsConfig = {
  model: { type: "string", multiple: true, short: "m" },
  config: { type: "string" },
  db: { type: "string" },
  trials: { type: "string" },
  seed: { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  "max-attempts": { type: "string" },
  "rate-limit-wait": { type: "string" },
  "no-cache": { type: "boolean" },
  "no-stream": { type: "boolean" },
  "max-requests": { type: "string" },
  "max-tokens": { type: "string" },
  "max-cost": { type: "string" },
  temperature: { type: "string" },
  "max-output-tokens": { type: "string" },
  ...SKIP_PREFLIGHT_OPTION,
  yes: { type: "boolean" },
};

/** What `run` and `plan` take: the base flags, every family's, and the article battery's. */
export function runOptions(): OptionsConfig {
  return { ...BASE_RUN_OPTIONS, ...familyFlagOptions(BASE_RUN_OPTIONS), ...ARTICLE_OPTIONS };
}

/** What `run` and `plan` take as their first argument, each family with its own flags (article: the review's battery). */
export const FAMILY_TOPICS: CommandTopics = {
  noun: "families",
  list: () => [
    ...allFamilies().map((family) => ({ name: family.name, summary: family.summary })),
    { name: "article", summary: "the review's whole battery: cost plan, context probe, every family above, verdicts and reports (as `realitycheck article`)" },
  ],
  options: (name) => (name === "article" ? ARTICLE_OPTIONS : familyFlagConfig(name)),
  // A family's flags say what they mean in its options schema (.describe()); article's are the command's own.
  describe: (name, flag) => (name === "article" ? undefined : flagsOf(findFamily(name)).flags.find((f) => f.name === flag)?.description),
};

/** The parseArgs config of one family's flags, as runOptions holds them. */
function familyFlagConfig(name: string): OptionsConfig {
  const all = familyFlagOptions(BASE_RUN_OPTIONS);
  return Object.fromEntries(flagsOf(findFamily(name)).flags.map((flag) => [flag.name, all[flag.name]!]));
}

export function runSpecFromArgs(args: ParsedCommandArgs, config: Config, cwd: string): RunSpec {
  const name = args.positionals[0];
  if (!name) throw new ConfigError("name a task family or suite, e.g. `realitycheck run dataset --file items.jsonl --model ...`");
  const values = args.values;
  const suitePath = isSuitePath(name) ? resolve(cwd, name) : familyNames().includes(name) ? undefined : builtInSuitePath(name);
  if (suitePath === undefined) return runSpecFromTasks([{ family: findFamily(name).name, options: familyOptions(name, values, BASE_RUN_OPTIONS, cwd) }], args, config, cwd);
  rejectFamilyFlags(values, BASE_RUN_OPTIONS, name);
  const suite = loadSuiteFile(suitePath);
  return runSpecFromTasks(suite.tasks, args, config, cwd, suite);
}

/** The run spec around a task list: targets, trials, seed, execution and budget from the flags, config and suite. */
export function runSpecFromTasks(tasks: RunSpec["tasks"], args: ParsedCommandArgs, config: Config, cwd: string, suite?: { seed?: number; trials?: number }): RunSpec {
  const values = args.values;
  const settings: GenerationSettings = {};
  const temperature = numberFlag(values, "temperature", { min: 0, max: 2 });
  if (temperature !== undefined) settings.temperature = temperature;
  const maxOutputTokens = numberFlag(values, "max-output-tokens", { integer: true, min: 1 });
  if (maxOutputTokens !== undefined) settings.maxOutputTokens = maxOutputTokens;
  const noStream = booleanFlag(values, "no-stream");
  const targets = resolveTargets(listFlag(values, "model"), config, cwd).map((target) => ({
    ...target,
    settings: { ...target.settings, ...settings },
    stream: noStream ? false : target.stream,
  }));
  const budget = {
    maxRequests: numberFlag(values, "max-requests", { integer: true, min: 1 }) ?? config.budget?.maxRequests,
    maxTokens: numberFlag(values, "max-tokens", { integer: true, min: 1 }) ?? config.budget?.maxTokens,
    maxCostUsd: numberFlag(values, "max-cost", { min: 0 }) ?? config.budget?.maxCostUsd,
  };
  return {
    version: 1,
    seed: numberFlag(values, "seed", { integer: true, min: 0 }) ?? suite?.seed ?? config.defaults?.seed ?? 1,
    trials: trialsOf(values, suite?.trials ?? config.defaults?.trials),
    tasks,
    targets,
    execution: {
      concurrency: numberFlag(values, "concurrency", { integer: true, min: 1, max: 1024 }),
      timeoutMs: 1000 * (numberFlag(values, "timeout", { min: 1 }) ?? config.defaults?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
      maxAttempts: numberFlag(values, "max-attempts", { integer: true, min: 1, max: 20 }) ?? config.defaults?.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      rateLimitWaitMs: 1000 * (numberFlag(values, "rate-limit-wait", { min: 1 }) ?? config.defaults?.rateLimitWaitSeconds ?? DEFAULT_RETRY_POLICY.maxRateLimitWaitMs / 1000),
      cache: !booleanFlag(values, "no-cache"),
      budget,
    },
  };
}

/** --trials, else the suite's or config's, held to MAX_TRIALS wherever it came from. */
function trialsOf(values: ParsedCommandArgs["values"], fallback: number | undefined): number {
  const given = stringFlag(values, "trials");
  const trials = numberFlag(values, "trials", { integer: true, min: 1 }) ?? fallback ?? 1;
  const where = given === undefined ? "trials" : "--trials";
  if (trials > MAX_TRIALS) throw new ConfigError(`${given ?? trials} trials per item is more than the ${MAX_TRIALS.toLocaleString("en")} allowed; ask fewer (adaptive sampling stops decided cells early)`, where);
  return trials;
}
