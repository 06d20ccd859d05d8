// Runs a task's scorers on one response. A scorer that throws yields `unscored` with the reason, never a crash or a silent zero.

import type { Score } from "../core/score.ts";
import { unscored } from "../core/score.ts";
import type { ScoreInput, Scorer } from "../core/scorer.ts";

export async function scoreResponse(scorers: readonly Scorer[], input: ScoreInput): Promise<Score[]> {
  const scores: Score[] = [];
  for (const scorer of scorers) {
    try {
      scores.push(await scorer.score(input));
    } catch (error) {
      scores.push(unscored(scorer.name, `scorer failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return scores;
}
