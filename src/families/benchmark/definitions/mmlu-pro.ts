// MMLU-Pro (TIGER-Lab/MMLU-Pro, MIT): 12,032 test questions with up to ten options over 14 subjects. Asked 0-shot
// with chain of thought; the claim metric is the macro average over subjects.

import type { Item } from "../../../core/item.ts";
import type { BenchmarkDefinition } from "../benchmark-definition.ts";
import { multipleChoicePrompt } from "../benchmark-prompt.ts";
import { choiceScorer } from "../choice-scorer.ts";
import { rowsOf } from "../row-fields.ts";

export const mmluPro: BenchmarkDefinition = {
  name: "mmlu-pro",
  title: "MMLU-Pro",
  repo: { id: "TIGER-Lab/MMLU-Pro", gated: false },
  licence: "MIT",
  files: () => [{ path: "data/test-00000-of-00001.parquet", format: "parquet" }],
  items(tables) {
    return tables.flatMap((table) =>
      rowsOf(table).map((row): Item => {
        const options = row.list("options");
        const answer = row.text("answer").trim();
        if (!/^[A-Z]$/u.test(answer) || answer.charCodeAt(0) - 65 >= options.length) throw row.problem("answer", `"${answer}" is not the letter of one of ${options.length} options`);
        return {
          id: row.text("question_id"),
          input: row.text("question"),
          choices: options,
          expected: answer,
          metadata: { subject: row.text("category"), source: row.optionalText("src") ?? null },
        };
      }),
    );
  },
  stratum: "subject",
  prompt: (item, { cot }) => [{ role: "user", content: multipleChoicePrompt(item.input, item.choices ?? [], cot, String(item.metadata.subject)) }],
  scorer: () => choiceScorer((item) => ({ letter: String(item.expected), optionCount: item.choices?.length ?? 0 })),
  headline: "macro_accuracy",
  direct: true,
  knownItems: 12_032,
  typicalOutputTokens: 450,
  promptColumns: ["question", "options"],
};
