// The benchmarks realitycheck can run, by name.

import type { BenchmarkDefinition, BenchmarkName } from "./benchmark-definition.ts";
import { gpqaDiamond } from "./definitions/gpqa-diamond.ts";
import { math500 } from "./definitions/math-500.ts";
import { mgsm } from "./definitions/mgsm.ts";
import { mmluPro } from "./definitions/mmlu-pro.ts";

export const BENCHMARKS: Record<BenchmarkName, BenchmarkDefinition> = {
  "mmlu-pro": mmluPro,
  "gpqa-diamond": gpqaDiamond,
  mgsm,
  "math-500": math500,
};
