// Per-needle recall travels inside the score's explanation as "hits 1,0,1": one digit per expected value, in the
// order of the set's answer needles (1 = the answer contained it). Absent-needle scores carry no hits part.
// These helpers write and read that part, so the task can report recall per needle position without parsing text.

import type { Score } from "../../../core/score.ts";

const HITS = /(?:^|;\s*)hits ([01](?:,[01])*)(?:;|$)/u;

export function hitsText(hits: readonly boolean[]): string {
  return `hits ${hits.map((hit) => (hit ? "1" : "0")).join(",")}`;
}

/** The per-needle hits a niah score recorded, or undefined when it recorded none (absent needle, unscored). */
export function needleHits(score: Pick<Score, "explanation">): boolean[] | undefined {
  const found = score.explanation === undefined ? null : HITS.exec(score.explanation);
  return found ? (found[1] as string).split(",").map((digit) => digit === "1") : undefined;
}

/** Share of scores that found needle i, for each position i, over the scores that recorded hits for it. */
export function perNeedleRecall(scores: readonly Pick<Score, "explanation">[]): number[] {
  const found: number[] = [];
  const seen: number[] = [];
  for (const score of scores) {
    needleHits(score)?.forEach((hit, i) => {
      found[i] = (found[i] ?? 0) + (hit ? 1 : 0);
      seen[i] = (seen[i] ?? 0) + 1;
    });
  }
  return seen.map((n, i) => (found[i] ?? 0) / n);
}
