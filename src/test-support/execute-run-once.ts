// executeRun with a request pipeline of its own, opened before and closed after: what the engine's tests need.

import { RequestPipeline, type PipelineOptions } from "../runner/request-pipeline.ts";
import { executeRun, type RunInput, type RunOutcome, type TargetRuntime } from "../runner/run-engine.ts";

export interface RunOnceOptions extends Omit<PipelineOptions, "runId"> {
  runtimes: ReadonlyMap<string, TargetRuntime>;
  resumed?: boolean;
}

export async function executeRunOnce(input: RunInput, options: RunOnceOptions): Promise<RunOutcome> {
  const pipeline = new RequestPipeline({ ...options, runId: input.runId });
  try {
    return await executeRun(input, { pipeline, runtimes: options.runtimes, resumed: options.resumed });
  } finally {
    await pipeline.close();
  }
}
