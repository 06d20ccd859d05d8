// A ModelAdapter over any AI SDK language model: one request, measured, with every failure mapped to a typed error.
// On the hot path of the throughput benchmark, so it adds no work beyond the SDK call: the model is built once, by the caller.

import { generateText, streamText, type FinishReason as SdkFinishReason, type LanguageModel, type LanguageModelUsage } from "ai";
import { NetworkError, type RealitycheckError, StreamDroppedError } from "../core/errors.ts";
import type { FinishReason, GenerateRequest, GenerateResult, ModelAdapter, StreamRequest, Usage } from "../core/model-adapter.ts";
import { mapProviderError } from "./map-error.ts";
import { parseRateLimitHeaders } from "./rate-limit-headers.ts";

export interface AiSdkAdapterOptions {
  provider: string;
  model: string;
  languageModel: LanguageModel;
  /** Values scrubbed from every error (the API key). */
  secrets?: readonly string[];
}

// The SDK's finish reasons are a subset of ours; the compiler keeps it that way.
const toFinishReason: (reason: SdkFinishReason) => FinishReason = (reason) => reason;

function toUsage(usage: LanguageModelUsage): Usage {
  return { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens };
}

// Errors reach us as stream parts; the SDK's default handler would also print them.
function ignoreError(): void {}

// The engine never prints, and the SDK warns on the console about settings a host ignores (e.g. seed on Anthropic).
// `??=` leaves in place a logger the CLI installed first.
globalThis.AI_SDK_LOG_WARNINGS ??= false;

export class AiSdkAdapter implements ModelAdapter {
  readonly provider: string;
  readonly model: string;
  readonly #languageModel: LanguageModel;
  readonly #secrets: readonly string[];

  constructor(options: AiSdkAdapterOptions) {
    this.provider = options.provider;
    this.model = options.model;
    this.#languageModel = options.languageModel;
    this.#secrets = options.secrets ?? [];
  }

  #callOptions(request: GenerateRequest) {
    const { settings } = request;
    return {
      model: this.#languageModel,
      messages: request.messages,
      // Our messages are built by our own tasks, so system messages among them are intended.
      allowSystemInMessages: true,
      // The runner retries, in one place; a second retry layer here would hide 429s and multiply waits.
      maxRetries: 0,
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
    const started = performance.now();
    try {
      const result = await generateText(this.#callOptions(request));
      return {
        text: result.text,
        finishReason: toFinishReason(result.finishReason),
        usage: toUsage(result.usage),
        latencyMs: performance.now() - started,
        responseModel: result.response.modelId,
        rateLimit: parseRateLimitHeaders(result.response.headers),
      };
    } catch (error) {
      throw this.#fail(error, request);
    }
  }

  async stream(request: StreamRequest): Promise<GenerateResult> {
    const started = performance.now();
    const { onTextDelta } = request;
    let text = "";
    let timeToFirstTokenMs: number | undefined;
    // The SDK starts the step only once the host has answered 2xx: a break from then on is a dropped stream.
    let began = false;
    let failure: unknown;
    let finishReason: FinishReason | undefined;
    let usage: Usage = {};
    let responseModel: string | undefined;
    let headers: Record<string, string> | undefined;
    try {
      const result = streamText({ ...this.#callOptions(request), onError: ignoreError });
      for await (const part of result.fullStream) {
        switch (part.type) {
          case "text-delta":
            if (timeToFirstTokenMs === undefined) timeToFirstTokenMs = performance.now() - started;
            text += part.text;
            onTextDelta?.(part.text);
            break;
          case "start-step":
            began = true;
            break;
          case "finish-step":
            responseModel = part.response.modelId;
            headers = part.response.headers;
            break;
          case "finish":
            finishReason = toFinishReason(part.finishReason);
            usage = toUsage(part.totalUsage);
            break;
          case "error":
            failure ??= part.error;
            break;
        }
      }
    } catch (error) {
      throw this.#fail(error, request, began);
    }
    // The SDK still emits a finish part after an error part, so an error always wins.
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
      latencyMs: performance.now() - started,
      timeToFirstTokenMs,
      responseModel,
      rateLimit: parseRateLimitHeaders(headers),
    };
  }
}
