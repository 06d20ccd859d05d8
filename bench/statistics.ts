// Simulation benchmark of the statistical rules: one table per claim the README makes about intervals, tests and
// verdicts, each measured on data whose truth is known. About four minutes on a 2-core machine; prints, never fails.
// Run: npx tsx bench/statistics.ts

import { adaptiveRule } from "./statistics/adaptive-rule.ts";
import { bradleyTerryRuns } from "./statistics/bradley-terry-runs.ts";
import { compareRuns } from "./statistics/compare-runs.ts";
import { effectiveLengthRuns, samplesForFlatModel } from "./statistics/effective-length-runs.ts";
import { macroRateCoverage } from "./statistics/macro-rate-coverage.ts";
import { clusteredMeanCoverage, meanCoverage } from "./statistics/mean-coverage.ts";
import { mcnemarFalsePositives } from "./statistics/paired-tests.ts";
import { plannedSamples } from "./statistics/planned-samples.ts";
import { rateCoverage } from "./statistics/rate-coverage.ts";

const SECTIONS: [string, () => string][] = [
  ["1. Coverage of a task's accuracy interval (95%), items of difficulty 0.95 and 0.45 (true 0.70), 4,000 runs each", rateCoverage],
  ["2a. Coverage of a mean's interval (95%), 1,000 runs each ('shown': how often there is one)", meanCoverage],
  ["2b. Coverage of a mean over items with repeated trials (exponential values, an item effect), 1,000 runs each", clusteredMeanCoverage],
  ["3. McNemar between two identical hosts, answers correlated within items: share of 2,000 runs called different", mcnemarFalsePositives],
  ["4. compare: whole compares called 'behave like different models'", compareRuns],
  ["5a. Effective context length, 1k to 64k, 1,000 sweeps each (absolute bar 0.85; relative bar 0.85 of the fit's first block)", effectiveLengthRuns],
  ["5b. The monotone reading's trade by samples a length: a flat 0.95 model read 'at least 64k', a fall to 0.80 at 64k alone read past it", samplesForFlatModel],
  ["6. Bradley-Terry profile-likelihood intervals (95%) on short matches", bradleyTerryRuns],
  ["7. Adaptive sampling at cap 30 against 0.85, exact", adaptiveRule],
  ["8. Coverage of a benchmark's macro average (95%), 1,000 runs each", macroRateCoverage],
  ["9. How often the trials an inconclusive verdict asks for decide it (claim ≥ 0.8, planned for 80% power), 2,000 runs each", plannedSamples],
];

for (const [title, section] of SECTIONS) {
  const started = performance.now();
  const table = section();
  console.log(`\n${title}\n${table}\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
