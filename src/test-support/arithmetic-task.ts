// A small generated task for engine tests: "What is a plus b?" items with numeric scoring, answerable by the simulator.

import type { Item } from "../core/item.ts";
import { seededRandom } from "../core/random.ts";
import type { Task } from "../core/task.ts";
import { accuracyMetric, unscoredMetric } from "../metrics/score-metrics.ts";
import { createScorer } from "../scorers/scorer-registry.ts";

export function arithmeticTask(count: number, seed = 1, id = "arithmetic"): Task {
  const random = seededRandom(seed);
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const a = 10 + Math.floor(random() * 90);
    const b = 2 + Math.floor(random() * 50);
    items.push({ id: `q${i + 1}`, input: `Question ${i + 1}: what is ${a} plus ${b}? End with ANSWER: <number>.`, expected: String(a + b), metadata: { parity: (a + b) % 2 === 0 ? "even" : "odd" } });
  }
  return {
    id,
    family: "test",
    params: { count, seed },
    items,
    prompt: (item) => [{ role: "user", content: item.input }],
    scorers: [createScorer("numeric")],
    metrics: [accuracyMetric("numeric"), unscoredMetric("numeric")],
    groupBy: ["parity"],
    settings: { maxOutputTokens: 64 },
  };
}
