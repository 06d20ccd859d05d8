// The adaptive-sampling rule's exact operating characteristics at cap 30 against 0.85 (every path of outcomes summed,
// no simulation noise): trials spent, and how often each side is decided, for rates across the range.

import { defaultZone, describeGuarantee, fewestTrialsToDecide, sequentialDecision } from "../../src/stats/sequential-rule.ts";
import { fixed, formatTable } from "../format-table.ts";

const THRESHOLD = 0.85;
const CAP = 30;
const RATES = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 1];

export function adaptiveRule(): string {
  const zone = defaultZone(THRESHOLD);
  const rows = RATES.map((p) => {
    const { above, below, trials } = operating(p);
    const wrong = p < THRESHOLD ? above : p > THRESHOLD ? below : Number.NaN;
    const outside = p <= THRESHOLD - zone + 1e-12 || p >= THRESHOLD + zone - 1e-12;
    return [fixed(p, 2), fixed(trials, 1), fixed(above, 3), fixed(below, 3), fixed(1 - above - below, 3), Number.isNaN(wrong) ? "-" : fixed(wrong, 3), outside ? "yes" : "no"];
  });
  const fewest = fewestTrialsToDecide(THRESHOLD);
  return [
    `rule: ${describeGuarantee(THRESHOLD)}; fewest trials to decide: above ${fewest.above}, below ${fewest.below}`,
    formatTable(["true rate", "mean trials", "above", "below", "undecided at 30", "wrong side", "outside zone"], rows),
  ].join("\n");
}

function operating(p: number): { above: number; below: number; trials: number } {
  let open = new Map([[0, 1]]);
  let above = 0;
  let below = 0;
  let trials = 0;
  for (let n = 1; n <= CAP; n++) {
    const next = new Map<number, number>();
    for (const [successes, weight] of open) {
      for (const [s, q] of [[successes + 1, p], [successes, 1 - p]] as const) {
        if (q === 0) continue;
        const decision = sequentialDecision({ successes: s, trials: n, threshold: THRESHOLD, maxTrials: CAP });
        if (decision === "continue") next.set(s, (next.get(s) ?? 0) + weight * q);
        else trials += weight * q * n;
        if (decision === "above") above += weight * q;
        if (decision === "below") below += weight * q;
      }
    }
    open = next;
  }
  return { above, below, trials };
}
