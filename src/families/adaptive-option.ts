// The `adaptive` option a family can offer: stop asking a cell once a sequential test has decided which side of a
// threshold its success rate is on. Wrong-side decisions happen with probability at most alpha per cell when its rate
// is outside the indifference zone threshold ± zone (see src/stats/sequential-rule.ts); cells that stay undecided get
// every trial the run asks for.

import { z } from "zod";
import type { Item } from "../core/item.ts";
import type { AdaptiveSampling, ScoredSample } from "../core/task.ts";
import { DEFAULT_ALPHA, defaultZone, describeGuarantee, fewestTrialsToDecide, sequentialDecision } from "../stats/sequential-rule.ts";

export const adaptiveOption = z
  .strictObject({
    /** The rate each cell is tested against, e.g. a claim's 0.9. */
    threshold: z.number().gt(0).lt(1),
    alpha: z.number().gt(0).lt(0.5).default(DEFAULT_ALPHA),
    /** Half-width of the indifference zone around the threshold (default: 0.1, less near 0 and 1). */
    zone: z.number().gt(0).lt(0.5).optional(),
    /**
     * Pool items sharing this metadata value into one cell (e.g. "length": every depth at a length), for claims about
     * the pooled rate; default: the family's own cells. Pooled cells keep their items' trial counts even.
     */
    groupBy: z.string().min(1).optional(),
  })
  .refine((option) => option.zone === undefined || (option.zone < option.threshold && option.zone < 1 - option.threshold), {
    message: "the zone must keep threshold ± zone between 0 and 1",
    path: ["zone"],
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
  const zone = option.zone ?? defaultZone(threshold);
  return {
    cellOf: groupBy === undefined ? cellOf : (item) => `${groupBy}=${String(item.metadata[groupBy])}`,
    success,
    decided: (successes, trials) => {
      const outcome = sequentialDecision({ successes, trials, threshold, alpha, zone, maxTrials: NO_CAP });
      return outcome === "above" || outcome === "below";
    },
    rule: `sequential test of each ${groupBy ? `${groupBy} (pooled)` : "cell"} against ${threshold} (${describeGuarantee(threshold, alpha, zone)})`,
    fewestTrials: fewestTrialsToDecide(threshold, alpha, zone),
  };
}
