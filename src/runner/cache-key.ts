// The response cache key: everything that can change what a model answers, and nothing that cannot.

import { hashOf } from "../core/hash.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerationSettings, TargetSpec } from "../core/target.ts";

export function cacheKey(target: TargetSpec, settings: GenerationSettings, messages: readonly ChatMessage[], trial: number): string {
  return hashOf({
    v: 1,
    provider: target.provider,
    model: target.model,
    baseURL: target.baseURL ?? null,
    settings,
    messages,
    trial,
  });
}
