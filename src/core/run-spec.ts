// Everything needed to rebuild a run exactly: stored with the run, read back by resume. Never holds a key.

import { z } from "zod";

export const runSpecSchema = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  trials: z.number().int().positive(),
  tasks: z.array(z.object({ family: z.string(), options: z.record(z.string(), z.unknown()) })),
  targets: z.array(
    z.object({
      id: z.string(),
      provider: z.string(),
      model: z.string(),
      settings: z.record(z.string(), z.unknown()),
      stream: z.boolean(),
      baseURL: z.string().optional(),
      simulated: z.boolean(),
      vendor: z.string().optional(),
      local: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  execution: z.object({
    concurrency: z.number().int().positive().optional(),
    timeoutMs: z.number().positive(),
    maxAttempts: z.number().int().positive(),
    /** Total wait on Retry-After 429s one request may spend; absent in runs stored before it existed (the default then). */
    rateLimitWaitMs: z.number().positive().optional(),
    cache: z.boolean(),
    budget: z.object({ maxRequests: z.number().optional(), maxTokens: z.number().optional(), maxCostUsd: z.number().optional() }),
  }),
});

export type RunSpec = z.output<typeof runSpecSchema>;
