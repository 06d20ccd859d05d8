// What a scorer says of one sample. `unscored` is explicit: a scorer that cannot decide says so.

export interface Score {
  scorer: string;
  /** 0..1 for pass/fail scorers, any number for graded ones; null when unscored. */
  value: number | null;
  /** "correct" | "incorrect" | "unscored", or a family's own outcome label. */
  label: string;
  /** The answer the scorer extracted from the output, when it extracts one. */
  answer?: string;
  explanation?: string;
}

export const UNSCORED = "unscored";

export function correct(scorer: string, answer?: string, explanation?: string): Score {
  return { scorer, value: 1, label: "correct", answer, explanation };
}

export function incorrect(scorer: string, answer?: string, explanation?: string): Score {
  return { scorer, value: 0, label: "incorrect", answer, explanation };
}

export function unscored(scorer: string, explanation: string): Score {
  return { scorer, value: null, label: UNSCORED, explanation };
}
