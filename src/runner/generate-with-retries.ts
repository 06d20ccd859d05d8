// One non-streamed request outside the sample grid (a probe, a judge's verdict), each attempt under its own timeout,
// retried here with the runner's policy: transient failures wait and go again, the rest are thrown as they are.

import type { Clock } from "../core/clock.ts";
import { isRealitycheckError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult, ModelAdapter } from "../core/model-adapter.ts";
import type { GenerationSettings } from "../core/target.ts";
import { retryDelay, type RetryPolicy } from "./retry-policy.ts";

export interface RetryingRequestOptions {
  retry: RetryPolicy;
  timeoutMs: number;
  clock: Clock;
  /** Stops the request and any wait between attempts (Ctrl-C). */
  signal?: AbortSignal;
}

export async function generateWithRetries(
  adapter: ModelAdapter,
  messages: ChatMessage[],
  settings: GenerationSettings,
  options: RetryingRequestOptions,
): Promise<GenerateResult> {
  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      return await adapter.generate({ messages, settings, signal });
    } catch (error) {
      const delay = isRealitycheckError(error) ? retryDelay(error, attempt, options.retry, Math.random) : undefined;
      if (delay === undefined) throw error;
      await options.clock.sleep(delay, options.signal);
    }
  }
}
