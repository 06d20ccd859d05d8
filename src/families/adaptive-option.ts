// The `adaptive` option a family can offer: stop asking a cell once a sequential test has decided which side of a
// threshold its success rate is on. Wrong-side decisions happen with probability at most alpha per cell (see
// src/stats/sequential-rule.ts); cells that stay undecided get every trial the run asks for.

import { z } from "zod";
import type { Item } from "../core/item.ts";
import type { AdaptiveSampling, ScoredSample } from "../core/task.ts";
import { DEFAULT_ALPHA, sequentialDecision } from "../stats/sequential-rule.ts";

export const adaptiveOption = z
  .strictObject({
    /** The rate each cell is tested against, e.g. a claim's 0.9. */
    threshold: z.number().gt(0).lt(1),
    alpha: z.number().gt(0).lt(0.5).default(DEFAULT_ALPHA),
    /**
     * Pool items sharing this metadata value into one cell (e.g. "length": every depth at a length), for claims about
     * the pooled rate; default: the family's own cells. Pooled cells keep their items' trial counts even.
     */
    groupBy: z.string().min(1).optional(),
  })
  .optional();

export type AdaptiveOption = NonNullable<z.output<typeof adaptiveOption>>;

// The engine never asks more trials than the run has, so the rule's own cap is only a bound it never reaches.
const NO_CAP = 1_000_000;

export function adaptiveSampling(
  option: AdaptiveOption,
  cellOf: (item: Item) => string,
  success: (sample: ScoredSample) => boolean | undefined,
): AdaptiveSampling {
  const { threshold, alpha, groupBy } = option;
  return {
    cellOf: groupBy === undefined ? cellOf : (item) => `${groupBy}=${String(item.metadata[groupBy])}`,
    success,
    decided: (successes, trials) => {
      const outcome = sequentialDecision({ successes, trials, threshold, alpha, maxTrials: NO_CAP });
      return outcome === "above" || outcome === "below";
    },
    rule: `sequential test of each ${groupBy ? `${groupBy} (pooled)` : "cell"} against ${threshold} (wrong-side error at most ${alpha})`,
  };
}
