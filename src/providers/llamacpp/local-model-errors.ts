// The ways a local model can be refused before it is loaded, as ConfigErrors whose fields say which and why.

import { ConfigError } from "../../core/errors.ts";

export type ModelFileProblem = "missing" | "unreadable" | "not-gguf" | "truncated" | "unsupported-version" | "not-a-text-model";

/** The model file is missing, unreadable, or not a GGUF this backend reads. `where` is the file's path. */
export class ModelFileError extends ConfigError {
  readonly problem: ModelFileProblem;
  constructor(path: string, problem: ModelFileProblem, message: string) {
    super(message, path);
    this.problem = problem;
  }
}

export interface MemoryShortfall {
  /** The context asked for, in tokens. */
  contextSize: number;
  requiredBytes: number;
  availableBytes: number;
  /** The largest context that fits, rounded down to a multiple of 256; 0 when even the weights do not fit. */
  largestContextSize: number;
}

/** Loading the model with the asked context would need more memory than there is: refused before anything loads. */
export class MemoryPlanError extends ConfigError implements MemoryShortfall {
  readonly contextSize: number;
  readonly requiredBytes: number;
  readonly availableBytes: number;
  readonly largestContextSize: number;
  constructor(path: string, shortfall: MemoryShortfall, message: string) {
    super(message, path);
    this.contextSize = shortfall.contextSize;
    this.requiredBytes = shortfall.requiredBytes;
    this.availableBytes = shortfall.availableBytes;
    this.largestContextSize = shortfall.largestContextSize;
  }
}
