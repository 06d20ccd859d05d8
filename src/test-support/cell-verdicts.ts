// Each niah cell's verdict against a threshold as a fixed grid of `maxTrials` trials would give it, from whatever
// trials the cell got: how the adaptive-sampling test and bench compare an adaptive run with a fixed one.

import type { ScoredSample } from "../core/task.ts";
import { NIAH_SCORER } from "../families/niah/needles/niah-scorer.ts";
import { sequentialDecision } from "../stats/sequential-rule.ts";

export function cellVerdicts(samples: readonly ScoredSample[], threshold: number, maxTrials: number): Map<string, string> {
  const cells = new Map<string, { successes: number; trials: number }>();
  for (const sample of samples) {
    const cell = cells.get(sample.itemId) ?? { successes: 0, trials: 0 };
    cell.trials++;
    if (sample.scores.find((s) => s.scorer === NIAH_SCORER)?.value === 1) cell.successes++;
    cells.set(sample.itemId, cell);
  }
  return new Map([...cells].map(([id, cell]) => [id, sequentialDecision({ ...cell, threshold, maxTrials })]));
}
