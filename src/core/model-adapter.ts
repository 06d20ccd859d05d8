// The contract every provider implements. An adapter sends one request and reports what came back;
// it never retries (the runner does, in one place) and throws only RealitycheckError subclasses.

import type { ChatMessage } from "./messages.ts";
import type { GenerationSettings } from "./target.ts";

/** "guard": our own stream guard ended the response early (a degenerate loop), not the host. */
export type FinishReason = "stop" | "length" | "content-filter" | "tool-calls" | "error" | "other" | "unknown" | "guard";

export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
}

/** What the host said about its rate limits on this response (OpenAI-style x-ratelimit-* headers and kin). */
export interface RateLimitInfo {
  limitRequests?: number;
  limitTokens?: number;
  remainingRequests?: number;
  remainingTokens?: number;
  resetRequestsMs?: number;
  resetTokensMs?: number;
}

export interface GenerateRequest {
  messages: ChatMessage[];
  settings: GenerationSettings;
  /** Aborts the request: timeout, Ctrl-C, or a stream guard that has seen enough. */
  signal?: AbortSignal;
}

export interface StreamRequest extends GenerateRequest {
  /**
   * Called with each text delta as it arrives. Returning "stop" ends the response there: the request is cancelled and
   * the text so far comes back with finish reason "guard" (the host sends no usage then).
   */
  onTextDelta?: (delta: string) => void | "stop";
}

export interface GenerateResult {
  text: string;
  finishReason: FinishReason;
  usage: Usage;
  /** Wall time from sending the request to the last byte. */
  latencyMs: number;
  /** Streaming only: wall time to the first text delta. */
  timeToFirstTokenMs?: number;
  /** The model id the host says answered, when it says. */
  responseModel?: string;
  rateLimit?: RateLimitInfo;
}

export interface ModelAdapter {
  readonly provider: string;
  readonly model: string;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  stream(request: StreamRequest): Promise<GenerateResult>;
}

/** Output tokens per second after the first token; undefined when it cannot be measured. */
export function outputTokensPerSecond(result: GenerateResult): number | undefined {
  const tokens = result.usage.outputTokens;
  if (tokens === undefined || tokens < 2) return undefined;
  const start = result.timeToFirstTokenMs ?? 0;
  const seconds = (result.latencyMs - start) / 1000;
  return seconds > 0 ? (tokens - 1) / seconds : undefined;
}
