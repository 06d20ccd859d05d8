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
  /**
   * With groupBy: the tests each group value (e.g. a length) is run against, by value, in place of threshold and zone;
   * a group stops once all of its tests are decided (verify: the thresholds of the claims that name that length).
   */
  groups: z.record(z.string(), z.array(z.strictObject({ threshold: z.number().gt(0).lt(1), zone: z.number().gt(0).lt(0.5) })).min(1)).optional(),
});

export const adaptiveOption = adaptiveFields
  .refine((option) => option.zone === undefined || (option.zone < option.threshold && option.zone < 1 - option.threshold), {
    message: "the zone must keep threshold ± zone between 0 and 1",
    path: ["zone"],
  })
  .refine((option) => Object.values(option.groups ?? {}).every((tests) => tests.every(({ threshold, zone }) => zone < threshold && zone < 1 - threshold)), {
    message: "each group's zone must keep its threshold ± zone between 0 and 1",
    path: ["groups"],
  })
  .refine((option) => option.groups === undefined || option.groupBy !== undefined, { message: "groups need groupBy", path: ["groups"] })
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
  const { threshold, alpha, groupBy, groups } = option;
  const own = [{ threshold, zone: option.zone ?? defaultZone(threshold) }];
  const cellKey = (value: unknown) => `${groupBy}=${String(value)}`;
  const byCell = new Map(Object.entries(groups ?? {}).map(([value, tests]) => [cellKey(value), tests]));
  const testsOf = (cell: string) => byCell.get(cell) ?? own;
  const rule =
    groupBy !== undefined && groups !== undefined
      ? describeGroups(groupBy, groups, alpha)
      : `sequential test of each ${groupBy ? `${groupBy} (pooled)` : "cell"} against ${threshold} (${describeGuarantee(threshold, alpha, own[0]!.zone)})`;
  return {
    cellOf: groupBy === undefined ? cellOf : (item) => cellKey(item.metadata[groupBy]),
    success,
    decided: (successes, trials, cell) =>
      testsOf(cell).every(({ threshold, zone }) => {
        const outcome = sequentialDecision({ successes, trials, threshold, alpha, zone, maxTrials: NO_CAP });
        return outcome === "above" || outcome === "below";
      }),
    rule,
    fewestTrials: (cell) => {
      const needs = testsOf(cell).map(({ threshold, zone }) => fewestTrialsToDecide(threshold, alpha, zone));
      return { above: Math.max(...needs.map((need) => need.above)), below: Math.max(...needs.map((need) => need.below)) };
    },
  };
}

/** "sequential test of each length (pooled) against its own thresholds: 0.9 at 1000, 2000 (wrong-side error ...); ...". */
function describeGroups(groupBy: string, groups: NonNullable<AdaptiveOption["groups"]>, alpha: number): string {
  const values = new Map<string, { threshold: number; zone: number; at: string[] }>();
  for (const [value, tests] of Object.entries(groups)) {
    for (const { threshold, zone } of tests) {
      const key = `${threshold}/${zone}`;
      const entry = values.get(key) ?? { threshold, zone, at: [] };
      entry.at.push(value);
      values.set(key, entry);
    }
  }
  const parts = [...values.values()].map(({ threshold, zone, at }) => `${threshold} at ${at.join(", ")} (${describeGuarantee(threshold, alpha, zone)})`);
  return `sequential test of each ${groupBy} (pooled) against its own thresholds, all decided before it stops: ${parts.join("; ")}`;
}
