// The benchmark family as the registry sees it: a published benchmark (MMLU-Pro, GPQA Diamond, MGSM, MATH-500)
// fetched from the Hugging Face Hub at run time (never shipped), asked with its 0-shot protocol and scored as its
// reference harness scores it. On resume the stored items and params are used: no download, same data.

import { deriveFlags } from "../family-flags.ts";
import type { TaskFamily } from "../task-family.ts";
import { BENCHMARKS } from "./benchmarks.ts";
import { benchmarkOptionsSchema } from "./benchmark-options.ts";
import { benchmarkSize, outputCap } from "./benchmark-size.ts";
import { benchmarkTask } from "./benchmark-task.ts";
import { loadBenchmark } from "./load-benchmark.ts";

export const benchmarkFamily: TaskFamily<typeof benchmarkOptionsSchema> = {
  name: "benchmark",
  summary: "vendors' benchmarks from the Hugging Face Hub (mmlu-pro, gpqa-diamond, mgsm, math-500) with their 0-shot protocols",
  optionsSchema: benchmarkOptionsSchema,
  pathOptions: ["dataDir"],
  // --temperature and --max-output-tokens are the run's: the protocol's temperature is recorded with the task.
  flags: deriveFlags(benchmarkOptionsSchema, { omit: ["maxOutputTokens"], fromCommand: { temperature: "temperature" } }, ["dataDir"]),
  async build(options, context) {
    const definition = BENCHMARKS[options.benchmark];
    const common = { definition, seed: context.seed, cot: options.cot, temperature: options.temperature, maxOutputTokens: outputCap(options), limit: options.limit, id: options.id };
    if (context.storedItems) return benchmarkTask({ ...common, items: context.storedItems, source: { storedParams: context.storedParams ?? { benchmark: definition.name } } });
    const { items, data } = await loadBenchmark(definition, options, context);
    return benchmarkTask({ ...common, items, source: data });
  },
  size: (options, context) => benchmarkSize(BENCHMARKS[options.benchmark], options, context),
};
