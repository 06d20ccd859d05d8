// A user's regular expression, from the scorer options or from each item's expected answer, matched against the response.

import { ConfigError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import { correct, incorrect, unscored } from "../core/score.ts";
import type { ScoreInput } from "../core/scorer.ts";
import { clipText } from "./clip-text.ts";
import { answerCandidate } from "./final-answer.ts";
import { expectedAnswers, type MatchScorer } from "./match-scorer.ts";
import { answerMetrics } from "../metrics/score-metrics.ts";

export interface RegexOptions {
  /** The pattern for every item; without it each item's expected answer(s) are the patterns. */
  pattern?: string;
  /** Any of i, m, s, u (default "i"); g and y are refused because they make matching stateful. */
  flags?: string;
  /** "answer" (default): the final answer line when there is one, else the whole response. "output": always the whole response. */
  matchOn?: "answer" | "output";
}

export const DEFAULT_REGEX_FLAGS = "i";

/** Compiles a user's pattern, or throws a ConfigError saying what is wrong with it and where it came from. */
export function compileUserPattern(pattern: string, flags: string, where: string): RegExp {
  if (!/^[imsu]*$/.test(flags)) throw new ConfigError(`regex flags "${flags}" may only contain i, m, s and u`, where);
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    throw new ConfigError(`invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`, where);
  }
}

export function regexScorer(options: RegexOptions = {}): MatchScorer {
  const name = "regex";
  const flags = options.flags ?? DEFAULT_REGEX_FLAGS;
  const fixed = options.pattern === undefined ? undefined : compileUserPattern(options.pattern, flags, "regex scorer");
  const compiled = new Map<string, RegExp | string>();
  // Patterns from items are compiled once each; a bad one is remembered as its error text.
  const patternsFor = (item: Item): RegExp[] | string => {
    if (fixed) return [fixed];
    const sources = expectedAnswers(item);
    if (sources.length === 0) return `item "${item.id}" has no expected pattern and the regex scorer has no "pattern" option`;
    const patterns: RegExp[] = [];
    for (const source of sources) {
      let entry = compiled.get(source);
      if (entry === undefined) {
        try {
          entry = compileUserPattern(source, flags, `item "${item.id}"`);
        } catch (error) {
          entry = (error as Error).message;
        }
        compiled.set(source, entry);
      }
      if (typeof entry === "string") return entry;
      patterns.push(entry);
    }
    return patterns;
  };
  return {
    name,
    metrics: answerMetrics(name),
    itemProblem(item) {
      const patterns = patternsFor(item);
      return typeof patterns === "string" ? patterns : undefined;
    },
    score({ item, result }: ScoreInput) {
      const patterns = patternsFor(item);
      if (typeof patterns === "string") return unscored(name, patterns);
      if (!result.text.trim()) return unscored(name, "empty response");
      const text = options.matchOn === "output" ? result.text : answerCandidate(result.text).text;
      for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (match) return correct(name, clipText(match[0], 200));
      }
      const shown = patterns.map((p) => `/${p.source}/${p.flags}`).join(" or ");
      return incorrect(name, clipText(text, 200), `${shown} did not match ${JSON.stringify(clipText(text))}`);
    },
  };
}
