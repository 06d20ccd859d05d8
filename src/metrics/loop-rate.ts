// The loop rate a claim can be held to: the share of answers that fell into degenerate repetition, whether the
// stream guard stopped them live or they ran to the output cap with a repeating tail (unstreamed answers).

import type { MetricReducer } from "../core/task.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";
import { rateMetric, type ItemOutcome } from "./rate-metric.ts";

export const LOOP_RATE = "loop_rate";

export const loopRateMetric: MetricReducer = {
  name: LOOP_RATE,
  reduce(samples) {
    const outcomes: ItemOutcome[] = [];
    for (const sample of samples) {
      const profile = sampleStyleProfile(sample);
      if (profile) outcomes.push({ itemId: sample.itemId, hit: sample.result?.finishReason === "guard" || profile.tailPeriod !== undefined });
    }
    return [rateMetric(LOOP_RATE, outcomes)];
  },
};
