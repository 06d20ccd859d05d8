// A ModelAdapter over any AI SDK provider model: one request, measured, with every failure mapped to a typed error.
// It calls the provider's model (the SDK's LanguageModelV3 contract) directly rather than through generateText /
// streamText: those add prompt validation, telemetry and step handling we never use, and cost more CPU per request
// than the whole rest of the harness (bench/throughput.ts). The model is built once, by the caller.

import type { LanguageModel } from "ai";
import { systemClock, type Clock } from "../core/clock.ts";
import { ConfigError, NetworkError, type RealitycheckError, StreamDroppedError } from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { FinishReason, GenerateRequest, GenerateResult, ModelAdapter, StreamRequest, Usage } from "../core/model-adapter.ts";
import { mapProviderError } from "./map-error.ts";
import { parseRateLimitHeaders } from "./rate-limit-headers.ts";

/** The provider-level model every @ai-sdk provider returns, named through the `ai` package's own types. */
type ProviderModel = Extract<LanguageModel, { specificationVersion: "v3" }>;
type CallOptions = Parameters<ProviderModel["doGenerate"]>[0];
type ProviderResult = Awaited<ReturnType<ProviderModel["doGenerate"]>>;
type ProviderPrompt = CallOptions["prompt"];

export interface AiSdkAdapterOptions {
  provider: string;
  model: string;
  languageModel: LanguageModel;
  /** Values scrubbed from every error (the API key). */
  secrets?: readonly string[];
  /** What latency and time to first token are measured on (default: the system clock). */
  clock?: Pick<Clock, "now">;
}

// The SDK's unified finish reasons are a subset of ours; the compiler keeps it that way.
const toFinishReason: (reason: ProviderResult["finishReason"]["unified"]) => FinishReason = (reason) => reason;

function toUsage(usage: ProviderResult["usage"]): Usage {
  return { inputTokens: usage.inputTokens.total, outputTokens: usage.outputTokens.total };
}

/** Our messages in the provider format, as generateText would convert them: text parts, system as a plain string. */
function toPrompt(messages: readonly ChatMessage[]): ProviderPrompt {
  return messages.map((message) =>
    message.role === "system" ? { role: "system", content: message.content } : { role: message.role, content: [{ type: "text", text: message.content }] },
  );
}

export class AiSdkAdapter implements ModelAdapter {
  readonly provider: string;
  readonly model: string;
  readonly #languageModel: ProviderModel;
  readonly #secrets: readonly string[];
  readonly #clock: Pick<Clock, "now">;

  constructor(options: AiSdkAdapterOptions) {
    const model = options.languageModel;
    if (typeof model === "string" || model.specificationVersion !== "v3") {
      throw new ConfigError(`provider "${options.provider}" did not build an AI SDK v3 model for "${options.model}"`);
    }
    this.provider = options.provider;
    this.model = options.model;
    this.#languageModel = model;
    this.#secrets = options.secrets ?? [];
    this.#clock = options.clock ?? systemClock;
  }

  // No retries here: the runner retries, in one place; a second layer would hide 429s and multiply waits.
  #callOptions(request: GenerateRequest): CallOptions {
    const { settings } = request;
    return {
      prompt: toPrompt(request.messages),
      abortSignal: request.signal,
      temperature: settings.temperature,
      topP: settings.topP,
      maxOutputTokens: settings.maxOutputTokens,
      seed: settings.seed,
      stopSequences: settings.stop,
    };
  }

  #fail(error: unknown, request: GenerateRequest, streamStarted = false): RealitycheckError {
    return mapProviderError(error, { provider: this.provider, signal: request.signal, streamStarted, secrets: this.#secrets });
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const started = this.#clock.now();
    let result: ProviderResult;
    try {
      result = await this.#languageModel.doGenerate(this.#callOptions(request));
    } catch (error) {
      throw this.#fail(error, request);
    }
    let text = "";
    for (const part of result.content) if (part.type === "text") text += part.text;
    return {
      text,
      finishReason: toFinishReason(result.finishReason.unified),
      usage: toUsage(result.usage),
      latencyMs: this.#clock.now() - started,
      responseModel: result.response?.modelId,
      rateLimit: parseRateLimitHeaders(result.response?.headers),
    };
  }

  async stream(request: StreamRequest): Promise<GenerateResult> {
    const started = this.#clock.now();
    const { onTextDelta } = request;
    // A guard that has seen enough cancels the request itself, without touching the caller's signal.
    const guard = new AbortController();
    const signal = request.signal ? AbortSignal.any([request.signal, guard.signal]) : guard.signal;
    let text = "";
    let timeToFirstTokenMs: number | undefined;
    // doStream resolves only once the host has answered 2xx: a break from then on is a dropped stream.
    let began = false;
    let failure: unknown;
    let finishReason: FinishReason | undefined;
    let usage: Usage = {};
    let responseModel: string | undefined;
    let headers: Record<string, string> | undefined;
    try {
      const result = await this.#languageModel.doStream({ ...this.#callOptions(request), abortSignal: signal });
      began = true;
      headers = result.response?.headers;
      reading: for await (const part of result.stream) {
        switch (part.type) {
          case "text-delta":
            if (timeToFirstTokenMs === undefined) timeToFirstTokenMs = this.#clock.now() - started;
            text += part.delta;
            if (onTextDelta?.(part.delta) === "stop") {
              finishReason = "guard";
              guard.abort();
              break reading;
            }
            break;
          case "response-metadata":
            responseModel = part.modelId ?? responseModel;
            break;
          case "finish":
            finishReason = toFinishReason(part.finishReason.unified);
            usage = toUsage(part.usage);
            break;
          case "error":
            failure ??= part.error;
            break;
        }
      }
    } catch (error) {
      if (!guard.signal.aborted || request.signal?.aborted) throw this.#fail(error, request, began);
    }
    if (finishReason === "guard" && !request.signal?.aborted) {
      return { text, finishReason, usage: {}, latencyMs: this.#clock.now() - started, timeToFirstTokenMs, responseModel, rateLimit: parseRateLimitHeaders(headers) };
    }
    // Providers still send a finish part after an error part, so an error always wins.
    if (failure !== undefined || request.signal?.aborted) throw this.#fail(failure, request, began);
    if (finishReason === undefined) {
      throw began
        ? new StreamDroppedError(`${this.provider}: the stream ended without a finish reason`)
        : new NetworkError(`${this.provider}: the connection closed before any answer`);
    }
    return {
      text,
      finishReason,
      usage,
      latencyMs: this.#clock.now() - started,
      timeToFirstTokenMs,
      responseModel,
      rateLimit: parseRateLimitHeaders(headers),
    };
  }
}
