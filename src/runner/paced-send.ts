// One request outside the sample grid (a task's per-target preparation), sent with the same pacing, budget and
// retries as samples, so a calibration call can neither overrun a rate limit nor escape a spending cap.

import { isRealitycheckError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult } from "../core/model-adapter.ts";
import type { GenerationSettings } from "../core/target.ts";
import { AbortedError } from "../core/errors.ts";
import { estimatePromptTokens } from "./estimate-tokens.ts";
import { costOf } from "./pricing.ts";
import { retryDelay } from "./retry-policy.ts";
import type { ExecutorContext, TargetContext } from "./sample-executor.ts";

export async function pacedSend(target: TargetContext, ctx: ExecutorContext, messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult> {
  const estimatedTokens = estimatePromptTokens(messages) + (settings.maxOutputTokens ?? 16);
  for (let attempt = 1; ; attempt++) {
    if (ctx.stopping()) throw new AbortedError("the run is stopping");
    await target.limiter.acquire(estimatedTokens, ctx.abort);
    const breach = ctx.budget.check(estimatedTokens, costOf(target.price, { inputTokens: estimatedTokens, outputTokens: 0 }));
    if (breach) {
      target.limiter.release(estimatedTokens, 0);
      ctx.onBudgetBreach(breach);
      throw new AbortedError("the budget is spent");
    }
    ctx.budget.addRequest();
    const deadline = ctx.deadlines.start();
    try {
      const result = await target.adapter.generate({ messages, settings, signal: deadline.signal });
      const used = (result.usage.inputTokens ?? 0) + (result.usage.outputTokens ?? 0);
      target.limiter.release(estimatedTokens, used);
      ctx.budget.addUsage(used, costOf(target.price, result.usage));
      return result;
    } catch (error) {
      target.limiter.release(estimatedTokens, undefined);
      if (!isRealitycheckError(error)) throw error;
      const delay = retryDelay(error, attempt, ctx.retry, ctx.random);
      if (delay === undefined) throw error;
      if (error.kind === "rate_limited") target.limiter.pause(error.retryAfterMs ?? delay);
      await ctx.clock.sleep(delay, ctx.abort);
    } finally {
      deadline.end();
    }
  }
}
