// Runs a task's scorers on one response. A scorer that throws yields `unscored` with the reason, never a crash or a
// silent zero; a reply that only repeats the prompt is `unscored` for every scorer, so no parser reads the prompt.
// A judge the run stopped before asking (RunStoppedError) is not a grade: it ends the scoring, and the sample waits for resume.

import { RunStoppedError } from "../core/errors.ts";
import type { Score } from "../core/score.ts";
import { unscored } from "../core/score.ts";
import type { ScoreInput, Scorer } from "../core/scorer.ts";
import { promptEcho } from "../scorers/prompt-echo.ts";

export async function scoreResponse(scorers: readonly Scorer[], input: ScoreInput): Promise<Score[]> {
  const echo = promptEcho(input.result.text, input.messages, input.item.choices);
  if (echo !== undefined) return scorers.map((scorer) => unscored(scorer.name, echo));
  const scores: Score[] = [];
  for (const scorer of scorers) {
    try {
      scores.push(await scorer.score(input));
    } catch (error) {
      if (error instanceof RunStoppedError) throw error;
      scores.push(unscored(scorer.name, `scorer failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return scores;
}
