// What a claim set needs measured, as runs to make: a long-context sweep (adaptive, up to many trials per cell) for
// retrieval and effective-context claims (pooled per length, as the claims are), the families named by metric claims (few trials), and a context probe for
// context-window claims. Claims no battery tests need nothing; speed, style and loop claims read every answer, so they
// only add a small task when nothing else would be asked.

import type { ClaimSet } from "../core/claim.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { parseLengths } from "../families/niah/grid-spec.ts";
import { findFamily } from "../families/registry.ts";

export interface VerifyPlan {
  /** The long-context sweep, run with its own (larger) trial cap and adaptive sampling; absent when no claim needs it. */
  sweep?: RunSpec["tasks"][number];
  /** Every other family a claim names, run at the ordinary trial count. */
  tasks: RunSpec["tasks"];
  /** One benchmark task per benchmark (and protocol) the claims name, asked once per question unless --trials. */
  benchmarks: RunSpec["tasks"];
  probe: boolean;
}

/** How verify asks benchmarks: a subset (--limit) and an offline data folder, when given. */
export interface BenchmarkChoices {
  limit?: number;
  dataDir?: string;
}

/** Effective-context claims are checked on a doubling sweep from 1k up to the claimed length. */
const SWEEP_START = 1000;
const DEFAULT_EFFECTIVE_BAR = 0.85;
const VERIFY_DEPTHS = "0..100:25";

/** Families whose options take a judge panel get the run's judges. */
function takesJudges(family: string): boolean {
  return "judges" in findFamily(family).optionsSchema.shape;
}

export function verifyPlan(claims: ClaimSet, judges: readonly string[], choices: BenchmarkChoices = {}): VerifyPlan {
  // Every length the sweep asks, with the thresholds of the claims that name it: each is tested against its own.
  const thresholds = new Map<number, Set<number>>();
  const test = (length: number, threshold: number) => thresholds.set(length, (thresholds.get(length) ?? new Set()).add(threshold));
  const families = new Set<string>();
  const benchmarks = new Map<string, RunSpec["tasks"][number]>();
  let needsAnswers = false;
  let probe = false;
  for (const claim of claims.claims) {
    switch (claim.kind) {
      case "retrieval-accuracy":
        if (claim.length !== undefined && claim.threshold !== undefined) test(claim.length, claim.threshold);
        break;
      case "effective-context":
        if (claim.threshold !== undefined && claim.threshold > SWEEP_START) {
          for (const length of parseLengths(`${SWEEP_START}..${claim.threshold}`)) test(length, DEFAULT_EFFECTIVE_BAR);
          test(claim.threshold, DEFAULT_EFFECTIVE_BAR);
        }
        break;
      case "context-window":
        probe = true;
        break;
      case "metric":
        if (claim.family && claim.family !== "niah") families.add(claim.family);
        else if (claim.family === undefined) needsAnswers = true;
        break;
      case "speed":
      case "style":
        needsAnswers = true;
        break;
      case "benchmark": {
        // The claim's protocol decides how the benchmark is asked; claims that differ in it get their own task.
        const protocol = claim.protocol ?? { shots: 0, cot: true };
        const temperature = protocol.temperature ?? 0;
        const key = `${claim.benchmark}-${protocol.cot ? "cot" : "direct"}-t${temperature}`;
        const options = { benchmark: claim.benchmark, cot: protocol.cot, temperature, limit: choices.limit, dataDir: choices.dataDir };
        benchmarks.set(key, { family: "benchmark", options });
        break;
      }
      case "untestable":
        break;
    }
  }
  const tasks: RunSpec["tasks"] = [...families].map((family) => ({ family, options: takesJudges(family) ? { judges: [...judges] } : {} }));
  // Riddles are cheap and short: enough answers for speed, style and loop claims when nothing else is asked.
  if (needsAnswers && tasks.length === 0) tasks.push({ family: "riddles", options: { languages: ["en", "es"] } });
  const sweep = thresholds.size === 0 ? undefined : { family: "niah", options: sweepOptions(thresholds) };
  // Two protocols of one benchmark are two tasks, told apart by their ids.
  const named = [...benchmarks].map(([key, task]) => {
    const twice = [...benchmarks.values()].filter((other) => other.options.benchmark === task.options.benchmark).length > 1;
    return withoutUndefined(twice ? { ...task, options: { ...task.options, id: key } } : task);
  });
  return { sweep, tasks, benchmarks: named, probe };
}

/**
 * The sweep's lengths, each tested adaptively against the thresholds of the claims that name it (a ≥ 0.5 claim at 8k
 * is not stopped by an 0.85 bar meant for other lengths); the top-level threshold is the largest, for the run's record.
 */
function sweepOptions(thresholds: ReadonlyMap<number, ReadonlySet<number>>): RunSpec["tasks"][number]["options"] {
  const lengths = [...thresholds.keys()].sort((a, b) => a - b);
  const groups = Object.fromEntries(lengths.map((length) => [String(length), [...thresholds.get(length)!].sort((a, b) => a - b).map(claimSideZone)]));
  const largest = Math.max(...[...thresholds.values()].flatMap((set) => [...set]));
  return { lengths: lengths.join(","), depths: VERIFY_DEPTHS, adaptive: { ...claimSideZone(largest), groupBy: "length", groups } };
}

/** Options as a suite file would hold them: an unset choice is absent, not undefined (run specs are stored as JSON). */
function withoutUndefined(task: RunSpec["tasks"][number]): RunSpec["tasks"][number] {
  return { family: task.family, options: Object.fromEntries(Object.entries(task.options).filter(([, value]) => value !== undefined)) };
}

/**
 * Verdicts are read from intervals, so the sweep's indifference zone sits just above the claim rather than around it:
 * testing rate t against t + 2δ, a length stops "above" only once it has cleared the claim itself (wrong-side error at
 * most α), and its interval then clears it too; a perfect length stops in 27 trials against 0.85.
 */
export function claimSideZone(claimed: number): { threshold: number; zone: number } {
  const zone = Math.min(0.05, (1 - claimed) / 3, claimed / 3);
  return { threshold: claimed + zone, zone };
}
