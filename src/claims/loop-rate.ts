// The loop rate a claim can be held to: the share of answers that fell into degenerate repetition, whether the
// stream guard stopped them live or they ran to the output cap with a repeating tail (unstreamed answers).

import type { MetricReducer } from "../core/task.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { sampleStyleProfile } from "../style/sample-style-profile.ts";

export const LOOP_RATE = "loop_rate";

export const loopRateMetric: MetricReducer = {
  name: LOOP_RATE,
  reduce(samples) {
    let answered = 0;
    let looped = 0;
    for (const sample of samples) {
      const profile = sampleStyleProfile(sample);
      if (!profile) continue;
      answered++;
      if (sample.result?.finishReason === "guard" || profile.tailPeriod) looped++;
    }
    if (answered === 0) return [{ name: LOOP_RATE, value: null, n: 0 }];
    return [{ name: LOOP_RATE, value: looped / answered, n: answered, interval: wilsonInterval(looped, answered) }];
  },
};
