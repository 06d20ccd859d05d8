// GPQA Diamond (Idavidrein/gpqa, CC-BY-4.0, gated: accept its terms on the Hub and set HF_TOKEN): 198 graduate-level
// questions in biology, chemistry and physics, four options each. Asked 0-shot with the options shuffled per trial.

import type { Item } from "../../../core/item.ts";
import type { BenchmarkDefinition } from "../benchmark-definition.ts";
import { multipleChoicePrompt } from "../benchmark-prompt.ts";
import { choiceScorer } from "../choice-scorer.ts";
import { rowsOf } from "../row-fields.ts";
import { correctLetter, shownOptions } from "../shuffled-options.ts";

const INCORRECT = ["Incorrect Answer 1", "Incorrect Answer 2", "Incorrect Answer 3"];

export const gpqaDiamond: BenchmarkDefinition = {
  name: "gpqa-diamond",
  title: "GPQA Diamond",
  repo: { id: "Idavidrein/gpqa", gated: true },
  licence: "CC-BY-4.0",
  files: () => [{ path: "gpqa_diamond.csv", format: "csv" }],
  items(tables) {
    return tables.flatMap((table) =>
      rowsOf(table).map((row): Item => {
        const correct = row.text("Correct Answer").trim();
        return {
          id: row.text("Record ID").trim(),
          input: row.text("Question").trim(),
          // The correct option first; every prompt shuffles.
          choices: [correct, ...INCORRECT.map((key) => row.text(key).trim())],
          expected: correct,
          metadata: { subject: row.text("High-level domain").trim(), subdomain: row.optionalText("Subdomain")?.trim() ?? null },
        };
      }),
    );
  },
  stratum: "subject",
  prompt: (item, { cot, seed, trial }) => [{ role: "user", content: multipleChoicePrompt(item.input, shownOptions(item, seed, trial), cot) }],
  scorer: (seed) => choiceScorer((item, trial) => ({ letter: correctLetter(item, seed, trial), optionCount: item.choices?.length ?? 0 })),
  headline: "accuracy",
  direct: true,
  knownItems: 198,
  typicalOutputTokens: 700,
  promptShareOfFile: 0.2,
};
