// The benchmark workload: unique arithmetic questions the simulator's `honest` model answers, asked the same way
// by the bare fetch loop, the AI SDK loop and the harness, so the three differ only in what wraps the request.

import type { Item } from "../src/core/item.ts";
import type { ChatMessage } from "../src/core/messages.ts";
import { seededRandom } from "../src/core/random.ts";
import type { Task } from "../src/core/task.ts";
import { createScorer } from "../src/scorers/scorer-registry.ts";

/** max_tokens of every benchmark request; also what the simulator's tokens/min bucket charges beside the prompt. */
export const BENCH_MAX_OUTPUT_TOKENS = 64;

/** Item `i` of a set; the prefix keeps warm-up, measured and rate-limit items apart, so none is a cache hit. */
export function benchItem(prefix: string, i: number): Item {
  const random = seededRandom(i * 7919 + prefix.length);
  const a = 10 + Math.floor(random() * 900);
  const b = 2 + Math.floor(random() * 500);
  return {
    id: `${prefix}-${i}`,
    input: `${prefix} question ${i}: what is ${a} plus ${b}? End with ANSWER: <number>.`,
    expected: String(a + b),
    metadata: {},
  };
}

/** Item prefix of a part (b) run against `model`. */
export function rateTaskPrefix(model: string): string {
  return `rate-${model}`;
}

export function benchMessages(item: Item): ChatMessage[] {
  return [{ role: "user", content: item.input }];
}

/** `count` unique items scored by the numeric scorer, as a user's dataset task would be. */
export function benchTask(prefix: string, count: number, maxOutputTokens = BENCH_MAX_OUTPUT_TOKENS): Task {
  return {
    id: `bench-${prefix}`,
    family: "bench",
    params: { prefix, count },
    items: Array.from({ length: count }, (_, i) => benchItem(prefix, i)),
    prompt: benchMessages,
    scorers: [createScorer("numeric")],
    metrics: [],
    groupBy: [],
    settings: { maxOutputTokens },
  };
}
