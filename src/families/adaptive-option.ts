// The `adaptive` option a family can offer: stop asking a cell once a sequential test has decided which side of a
// threshold its success rate is on. Wrong-side decisions happen with probability at most alpha per cell when its rate
// is outside the indifference zone threshold ± zone (see src/stats/sequential-rule.ts); cells that stay undecided get
// every trial the run asks for.

import { z } from "zod";
import { ConfigError } from "../core/errors.ts";
import type { Item } from "../core/item.ts";
import type { AdaptiveSampling, ScoredSample } from "../core/task.ts";
import { DEFAULT_ALPHA, defaultZone, describeGuarantee, fewestTrialsToDecide, sequentialDecision } from "../stats/sequential-rule.ts";
import { lastString, numberValue, type CustomFlag } from "./family-flags.ts";

const adaptiveFields = z.strictObject({
  threshold: z
    .number()
    .gt(0)
    .lt(1)
    .describe(
      "adaptive sampling: stop asking a cell once a sequential test puts its accuracy above or below this rate (e.g. 0.85: a perfect cell stops after 13 trials, a 50% one after about 6); --trials is the most a cell gets",
    ),
  alpha: z
    .number()
    .gt(0)
    .lt(0.5)
    .default(DEFAULT_ALPHA)
    .describe("with --adaptive, the chance a cell is decided on the wrong side when its accuracy is outside the rate ± 0.1, less near 0 and 1 (default 0.05)"),
  /** Half-width of the indifference zone around the threshold (default: 0.1, less near 0 and 1). */
  zone: z.number().gt(0).lt(0.5).optional(),
  /**
   * Pool items sharing this metadata value into one cell (e.g. "length": every depth at a length), for claims about
   * the pooled rate; default: the family's own cells. Pooled cells keep their items' trial counts even.
   */
  groupBy: z.string().min(1).optional(),
});

export const adaptiveOption = adaptiveFields
  .refine((option) => option.zone === undefined || (option.zone < option.threshold && option.zone < 1 - option.threshold), {
    message: "the zone must keep threshold ± zone between 0 and 1",
    path: ["zone"],
  })
  .optional();

export type AdaptiveOption = NonNullable<z.output<typeof adaptiveOption>>;

/** `--adaptive THRESHOLD [--alpha A]`: the option's threshold and alpha on the command line (zone and groupBy in suites). */
export const adaptiveFlags: readonly CustomFlag[] = [
  {
    name: "adaptive",
    type: "string",
    description: adaptiveFields.shape.threshold.description ?? "",
    options: ["adaptive"],
    apply(values) {
      const threshold = lastString(values, "adaptive");
      const alpha = lastString(values, "alpha");
      if (threshold === undefined) {
        if (alpha !== undefined) throw new ConfigError("--alpha goes with --adaptive THRESHOLD", "--alpha");
        return {};
      }
      return { adaptive: { threshold: numberValue(threshold, "adaptive"), ...(alpha === undefined ? {} : { alpha: numberValue(alpha, "alpha") }) } };
    },
  },
  { name: "alpha", type: "string", description: adaptiveFields.shape.alpha.description ?? "", options: ["adaptive.alpha"], apply: () => ({}) },
];

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
