// Numeric answers: read the response's final number and compare it with the expected one within a tolerance.
// Where the number comes from: the final answer line (after its last "="), else the last "the answer is …"
// statement that holds a number, else the last number in the response. No number at all is unscored.

import type { Item } from "../core/item.ts";
import { correct, incorrect, unscored } from "../core/score.ts";
import type { ScoreInput } from "../core/scorer.ts";
import { answerStatements } from "./answer-phrases.ts";
import { clipText } from "./clip-text.ts";
import { findFinalAnswer } from "./final-answer.ts";
import { expectedAnswers, missingExpected, type MatchScorer } from "./match-scorer.ts";
import { findNumbers, parseSingleNumber, type NumberFormat, type ParsedNumber } from "./parse-number.ts";
import { answerMetrics } from "../metrics/score-metrics.ts";

export interface NumericOptions extends NumberFormat {
  /** Accept |answer - expected| <= absTolerance (default 0). */
  absTolerance?: number;
  /** Accept |answer - expected| <= relTolerance·|expected| (default 1e-9, room for float rounding only). */
  relTolerance?: number;
}

export type NumberSource = "final answer" | "answer statement" | "last number";

/** The number a response gives as its answer, with where it was found; a reason instead when there is none. */
export function extractFinalNumber(text: string, format: NumberFormat = {}): { number: ParsedNumber; source: NumberSource } | string {
  const final = findFinalAnswer(text);
  if (final !== undefined) {
    const number = findNumbers(final.slice(final.lastIndexOf("=") + 1), format)[0];
    return number ? { number, source: "final answer" } : `the final answer ${JSON.stringify(clipText(final))} holds no number`;
  }
  for (const statement of answerStatements(text).reverse()) {
    const number = findNumbers(statement, format)[0];
    if (number) return { number, source: "answer statement" };
  }
  const number = findNumbers(text, format).at(-1);
  return number ? { number, source: "last number" } : "found no number in the response";
}

export function numericScorer(options: NumericOptions = {}): MatchScorer {
  const name = "numeric";
  const absTolerance = options.absTolerance ?? 0;
  const relTolerance = options.relTolerance ?? 1e-9;
  const expectedNumbers = (item: Item): ParsedNumber[] | string => {
    const missing = missingExpected(item, name);
    if (missing) return missing;
    const numbers: ParsedNumber[] = [];
    for (const answer of expectedAnswers(item)) {
      const number = parseSingleNumber(answer, options);
      if (!number) return `item "${item.id}": expected answer ${JSON.stringify(answer)} is not a single number`;
      numbers.push(number);
    }
    return numbers;
  };
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(absTolerance, relTolerance * Math.abs(b));
  // 45% and 0.45 are the same quantity; when only one side says "percent", accept either reading.
  const matches = (answer: ParsedNumber, expected: ParsedNumber): boolean => {
    if (answer.percent === expected.percent) return close(answer.value, expected.value);
    const scaled = answer.percent ? answer.value / 100 : answer.value * 100;
    return close(answer.value, expected.value) || close(scaled, expected.value);
  };
  return {
    name,
    metrics: answerMetrics(name),
    itemProblem(item) {
      const expected = expectedNumbers(item);
      return typeof expected === "string" ? expected : undefined;
    },
    score({ item, result }: ScoreInput) {
      const expected = expectedNumbers(item);
      if (typeof expected === "string") return unscored(name, expected);
      if (!result.text.trim()) return unscored(name, "empty response");
      const found = extractFinalNumber(result.text, options);
      if (typeof found === "string") return unscored(name, found);
      const answer = found.number.text;
      if (expected.some((e) => matches(found.number, e))) return correct(name, answer);
      const wanted = expected.map((e) => e.text).join(" or ");
      return incorrect(name, answer, `read ${found.number.value} from "${answer}" (${found.source}), expected ${wanted}`);
    },
  };
}
