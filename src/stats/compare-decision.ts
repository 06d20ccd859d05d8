// When do two deployments "behave like different models"? One pre-declared primary test per task (accuracy, by the
// item-level McNemar test) and every other test (error and refusal rates, style measures) as one secondary family.
// The compare's level α is split between the families (PRIMARY_SHARE of it to the primaries), and each family is
// Holm-adjusted, so the chance that two identical deployments are called different anywhere in a whole compare is at
// most α. Adjusted p-values are scaled to that one α, so every row reads against the same number.

import { holmAdjust } from "./holm-adjustment.ts";

export interface CompareTest {
  /** "riddles: accuracy", "riddles: style:emoji_per_1k"... */
  id: string;
  pValue: number;
}

export interface AdjustedTest extends CompareTest {
  family: "primary" | "secondary";
  /** Holm-adjusted within its family and scaled by that family's share of α: compare it with α itself. */
  adjustedP: number;
  differs: boolean;
}

export interface CompareDecision {
  tests: AdjustedTest[];
  /** Some adjusted test lies at or below α: the deployments behave like different models. */
  different: boolean;
  alpha: number;
}

export const COMPARE_ALPHA = 0.05;
/** The primaries' share of α; the secondaries get the rest (all of it goes to the family that has tests when one is empty). */
export const PRIMARY_SHARE = 0.8;

export function compareDecision(primary: readonly CompareTest[], secondary: readonly CompareTest[], alpha = COMPARE_ALPHA): CompareDecision {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`compareDecision: alpha must be in (0, 1), got ${alpha}`);
  const share = primary.length === 0 ? 0 : secondary.length === 0 ? 1 : PRIMARY_SHARE;
  const tests = [...adjust(primary, "primary", share, alpha), ...adjust(secondary, "secondary", 1 - share, alpha)];
  return { tests, different: tests.some((test) => test.differs), alpha };
}

function adjust(tests: readonly CompareTest[], family: AdjustedTest["family"], share: number, alpha: number): AdjustedTest[] {
  const adjusted = holmAdjust(tests.map((test) => test.pValue));
  return tests.map((test, i) => {
    const adjustedP = Math.min(1, (adjusted[i] as number) / share);
    return { ...test, family, adjustedP, differs: adjustedP <= alpha };
  });
}
