// MATH-500 (HuggingFaceH4/MATH-500, MIT, from Hendrycks et al.'s MATH): 500 competition problems over seven subjects
// and five levels, one JSON object per line. Asked 0-shot with the final answer in \boxed{}; an answer whose
// equivalence to the expected one cannot be decided is unscored, never wrong.

import type { Item } from "../../../core/item.ts";
import { correct, incorrect, unscored } from "../../../core/score.ts";
import { mathAnswer } from "../answers/math/boxed-answer.ts";
import { mathEquivalence } from "../answers/math/math-equivalence.ts";
import { BENCHMARK_SCORER, type BenchmarkDefinition } from "../benchmark-definition.ts";
import { NO_ANSWER } from "../choice-scorer.ts";
import { rowsOf } from "../row-fields.ts";

export const math500: BenchmarkDefinition = {
  name: "math-500",
  title: "MATH-500",
  repo: { id: "HuggingFaceH4/MATH-500", gated: false },
  licence: "MIT",
  files: () => [{ path: "test.jsonl", format: "jsonl" }],
  items(tables) {
    return tables.flatMap((table) =>
      rowsOf(table).map(
        (row): Item => ({
          id: row.text("unique_id"),
          input: row.text("problem").trim(),
          expected: row.text("answer").trim(),
          metadata: { subject: row.text("subject"), level: Number(row.optionalText("level") ?? Number.NaN) || null },
        }),
      ),
    );
  },
  stratum: "subject",
  prompt: (item, { cot }) => [
    {
      role: "user",
      content: cot
        ? `Solve the following problem. Reason step by step, then give the final answer in \\boxed{}.\n\n${item.input}`
        : `Give only the final answer to the following problem, in \\boxed{}.\n\n${item.input}`,
    },
  ],
  scorer: () => ({
    name: BENCHMARK_SCORER,
    score({ item, result }) {
      const found = mathAnswer(result.text);
      if (!found) return { scorer: BENCHMARK_SCORER, value: 0, label: NO_ANSWER, explanation: "gives no boxed or final answer" };
      const expected = String(item.expected);
      const verdict = mathEquivalence(found.answer, expected);
      const explanation = `${found.answer} (from the ${found.rule}); expected ${expected}`;
      if (verdict === "undecided") return { ...unscored(BENCHMARK_SCORER, `cannot decide whether ${explanation}`), answer: found.answer };
      return verdict === "equal" ? correct(BENCHMARK_SCORER, found.answer, explanation) : incorrect(BENCHMARK_SCORER, found.answer, explanation);
    },
  }),
  headline: "accuracy",
  direct: true,
  knownItems: 500,
  typicalOutputTokens: 600,
  promptShareOfFile: 0.3,
};
