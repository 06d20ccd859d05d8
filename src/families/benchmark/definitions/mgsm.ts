// MGSM (juletxara/mgsm, CC-BY-SA-4.0): the same 250 grade-school problems in 11 languages, one header-less TSV per
// language (question, answer number). Asked 0-shot in the problem's language, reasoning first; scored by exact match
// of the final number. The claim metric is the average over languages.

import type { Item } from "../../../core/item.ts";
import { correct, incorrect } from "../../../core/score.ts";
import { finalNumber, sameNumber } from "../answers/final-number.ts";
import { isMgsmLanguage, MGSM_LANGUAGE_SPECS, MGSM_LANGUAGES, type MgsmLanguage } from "../answers/mgsm-languages.ts";
import { BENCHMARK_SCORER, type BenchmarkDefinition } from "../benchmark-definition.ts";
import { NO_ANSWER } from "../choice-scorer.ts";
import { rowsOf } from "../row-fields.ts";

export const mgsm: BenchmarkDefinition = {
  name: "mgsm",
  title: "MGSM",
  repo: { id: "juletxara/mgsm", gated: false },
  licence: "CC-BY-SA-4.0",
  files: (strata) =>
    (strata ?? MGSM_LANGUAGES).map((language) => ({ path: `mgsm_${language}.tsv`, format: "tsv", columns: ["question", "answer_number"], stratum: language })),
  items(tables) {
    return tables.flatMap((table) => {
      const language = table.spec.stratum as MgsmLanguage;
      return rowsOf(table).map((row, index): Item => {
        const answer = row.text("answer_number").trim().replace(/,/gu, "");
        if (!Number.isFinite(Number(answer))) throw row.problem("answer_number", `"${answer}" is not a number`);
        return { id: `${language}-${index + 1}`, input: row.text("question").trim(), expected: answer, metadata: { language, problem: index + 1 } };
      });
    });
  },
  stratum: "language",
  parallelKey: "problem",
  prompt: (item) => {
    const language = String(item.metadata.language);
    const spec = isMgsmLanguage(language) ? MGSM_LANGUAGE_SPECS[language] : MGSM_LANGUAGE_SPECS.en;
    return [{ role: "user", content: `${spec.instruction}\n\n${item.input}` }];
  },
  scorer: () => ({
    name: BENCHMARK_SCORER,
    score({ item, result }) {
      const language = String(item.metadata.language);
      const found = finalNumber(result.text, isMgsmLanguage(language) ? language : "en");
      if (!found) return { scorer: BENCHMARK_SCORER, value: 0, label: NO_ANSWER, explanation: "states no number" };
      const answer = String(found.value);
      const explanation = `${answer} (from the ${found.rule}); expected ${String(item.expected)}`;
      return sameNumber(found.value, Number(item.expected)) ? correct(BENCHMARK_SCORER, answer, explanation) : incorrect(BENCHMARK_SCORER, answer, explanation);
    },
  }),
  headline: "macro_accuracy",
  direct: false,
  knownItems: 2_750,
  typicalOutputTokens: 250,
  promptShareOfFile: 0.97,
};
