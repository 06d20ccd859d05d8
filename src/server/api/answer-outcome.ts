// What one answer came to, in the few words the items × targets matrix colours by: correct, incorrect, refused,
// answered (the refusal scorer's "complied" or "partial": behaviour, neither right nor wrong), unscored, or error.
// Read from the sample's status and its task's first score, the way compare reads pass and fail.

import type { MatrixSample } from "../../core/task-matrix.ts";
import { REFUSAL_SCORER } from "../../scorers/refusal.ts";

export const OUTCOMES = ["correct", "incorrect", "refused", "answered", "unscored", "error"] as const;
export type AnswerOutcome = (typeof OUTCOMES)[number];

/** `scorer`: the task's first scorer, whose label and value the sample carries. */
export function answerOutcome(sample: Pick<MatrixSample, "status" | "label" | "value">, scorer: string | null): AnswerOutcome {
  if (sample.status === "error") return "error";
  const { label, value } = sample;
  if (label === "refused") return "refused";
  // The refusal scorer's value is a degree of refusal, not of correctness.
  if (scorer === REFUSAL_SCORER) return label === null || label === "unscored" ? "unscored" : "answered";
  if (label === "correct") return "correct";
  if (value === null || label === null || label === "unscored") return "unscored";
  // A partial score (two of three needles, a rubric grade below the top) is not a pass.
  return value >= 1 ? "correct" : "incorrect";
}
