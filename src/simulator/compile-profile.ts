// Turns validated profiles into the ready-to-run form the hot path reads: `extends` flattened, defaults filled,
// regexes compiled, per-language variants prebuilt. Runs once at start-up, never per request.

import { ConfigError } from "../core/errors.ts";
import type { CompiledAnswerKey } from "./answer-key.ts";
import type { AnswerRule, ContextErrorStyle, ProfileOverride, SimulatorProfile } from "./profile.ts";
import type { RateLimits } from "./rate-limit-bucket.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import type { TruncationSide } from "./truncation.ts";

export type SolverName = NonNullable<AnswerRule["solve"]>;

export interface CompiledRule {
  match?: RegExp;
  reply?: string;
  solve?: SolverName;
}

export interface StyleSettings {
  emojiRate: number;
  exclamations: number;
  markdown: boolean;
  verbosity: number;
}

export interface CompiledProfile {
  name: string;
  description: string;
  rules: CompiledRule[];
  fallback: string;
  accuracy: number;
  /** Benchmark questions answered before any rule, when the profile has an answer key. */
  answerKey?: CompiledAnswerKey;
  latencyMs: number;
  tokensPerSecond: number;
  defaultMaxTokens: number;
  contextLimit?: number;
  contextCountsCompletion: boolean;
  contextErrorStyle: ContextErrorStyle;
  truncate?: { keepTokens: number; side: TruncationSide };
  recallSpanTokens?: number;
  rateLimitRate: number;
  serverErrorRate: number;
  dropRate: number;
  retryAfterMs: number;
  rateLimits?: RateLimits;
  loop?: { rate: number; phrase: string; phraseTokens: number; afterTokens?: number };
  refuse?: RegExp;
  refusal: string;
  /** Absent when the profile adds no style, so plain replies skip the styling pass. */
  style?: StyleSettings;
  languages?: Record<string, CompiledProfile>;
}

export const DEFAULT_FALLBACK = "I don't know.";
export const DEFAULT_REFUSAL = "I'm sorry, but I can't help with that request.";
export const DEFAULT_LOOP_PHRASE = "The reason ";

/** Compiles every profile, resolving `extends` across the given set. `where` names the source in errors. */
export function compileProfiles(profiles: Record<string, SimulatorProfile>, where: string): Map<string, CompiledProfile> {
  const compiled = new Map<string, CompiledProfile>();
  for (const name of Object.keys(profiles)) compiled.set(name, compileProfile(name, flatten(name, profiles, [], where)));
  return compiled;
}

function flatten(name: string, profiles: Record<string, SimulatorProfile>, chain: string[], where: string): SimulatorProfile {
  const profile = profiles[name];
  if (!profile) throw new ConfigError(`profile "${chain.at(-1)}" extends unknown profile "${name}"`, where);
  if (chain.includes(name)) throw new ConfigError(`profiles extend each other in a circle: ${[...chain, name].join(" -> ")}`, where);
  if (profile.extends === undefined) return profile;
  const parent = flatten(profile.extends, profiles, [...chain, name], where);
  return { ...parent, ...profile, extends: undefined, languages: { ...parent.languages, ...profile.languages } };
}

function compileProfile(name: string, profile: SimulatorProfile): CompiledProfile {
  const base = compileBehaviour(name, profile.description ?? "", profile);
  const languages = Object.entries(profile.languages ?? {});
  if (languages.length > 0) {
    base.languages = {};
    for (const [language, override] of languages) {
      base.languages[language] = compileBehaviour(name, base.description, { ...profile, ...(override as ProfileOverride) });
    }
  }
  return base;
}

function compileBehaviour(name: string, description: string, p: ProfileOverride): CompiledProfile {
  const style: StyleSettings = {
    emojiRate: p.emojiRate ?? 0,
    exclamations: p.exclamations ?? 0,
    markdown: p.markdown ?? false,
    verbosity: p.verbosity ?? 0,
  };
  const styled = style.emojiRate > 0 || style.exclamations > 0 || style.markdown || style.verbosity > 0;
  const phrase = p.loop?.phrase ?? DEFAULT_LOOP_PHRASE;
  return {
    name,
    description,
    rules: (p.rules ?? []).map((rule) => ({
      match: rule.match === undefined ? undefined : new RegExp(rule.match, "iu"),
      reply: rule.reply,
      solve: rule.solve,
    })),
    fallback: p.fallback ?? DEFAULT_FALLBACK,
    accuracy: p.accuracy ?? 1,
    answerKey: p.answerKey && { entries: p.answerKey, penalty: p.subjectPenalty ?? {} },
    latencyMs: p.latencyMs ?? 0,
    tokensPerSecond: p.tokensPerSecond ?? 0,
    defaultMaxTokens: p.defaultMaxTokens ?? 1024,
    contextLimit: p.contextLimit,
    contextCountsCompletion: p.contextCounts === "prompt+completion",
    contextErrorStyle: p.contextErrorStyle ?? "openai",
    truncate: p.truncate && { keepTokens: p.truncate.keepTokens, side: p.truncate.side ?? "front" },
    recallSpanTokens: p.recallSpanTokens,
    rateLimitRate: p.rateLimitRate ?? 0,
    serverErrorRate: p.serverErrorRate ?? 0,
    dropRate: p.dropRate ?? 0,
    retryAfterMs: p.retryAfterMs ?? 20,
    rateLimits: p.rateLimits && { ...p.rateLimits, burstSeconds: p.rateLimits.burstSeconds ?? 1 },
    loop: p.loop && {
      rate: p.loop.rate ?? 1,
      phrase,
      phraseTokens: Math.max(1, countSimulatedTokens(phrase)),
      afterTokens: p.loop.afterTokens,
    },
    refuse: keywordPattern(p.refuseKeywords ?? []),
    refusal: p.refusal ?? DEFAULT_REFUSAL,
    style: styled ? style : undefined,
  };
}

/** One regex for all keywords, matching whole words only (letters or digits may not touch either side). */
function keywordPattern(keywords: string[]): RegExp | undefined {
  if (keywords.length === 0) return undefined;
  const alternatives = keywords.map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
}
