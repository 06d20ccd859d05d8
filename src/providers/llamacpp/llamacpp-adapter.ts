// A ModelAdapter over a GGUF file run in-process by node-llama-cpp: the model's own chat template, exact token
// usage from its own tokenizer, streaming with early stop, abort, and no silent truncation (a prompt that does not
// fit the context is a context-length error, never shifted out of the window).

import type { ChatHistoryItem, LlamaChatResponse } from "node-llama-cpp";
import {
  AbortedError,
  ContextLengthExceededError,
  isRealitycheckError,
  type RealitycheckError,
  ServerError,
  TimeoutError,
} from "../../core/errors.ts";
import type { ChatMessage } from "../../core/messages.ts";
import type { FinishReason, GenerateRequest, GenerateResult, ModelAdapter, StreamRequest } from "../../core/model-adapter.ts";
import { loadLocalModel, promptTokens, type LoadedModel, type LoadRequest } from "./loaded-model.ts";
import { untilAborted } from "./serial-queue.ts";

export const LLAMACPP_PROVIDER = "llamacpp";

export interface LlamaCppAdapterOptions {
  /** The model as the target names it (the path as typed). */
  model: string;
  load: LoadRequest;
  /** What results record as the answering model: the file's general.name, else its file name. */
  modelName: string;
}

function toHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  return messages.map((message): ChatHistoryItem => {
    if (message.role === "system") return { type: "system", text: message.content };
    if (message.role === "user") return { type: "user", text: message.content };
    return { type: "model", response: [message.content] };
  });
}

function toFinishReason(stop: LlamaChatResponse["metadata"]["stopReason"]): FinishReason {
  switch (stop) {
    case "eogToken":
    case "stopGenerationTrigger":
    case "customStopTrigger":
      return "stop";
    case "maxTokens":
      return "length";
    case "functionCalls":
      return "tool-calls";
    case "abort":
      return "other";
  }
}

export class LlamaCppAdapter implements ModelAdapter {
  readonly provider = LLAMACPP_PROVIDER;
  readonly model: string;
  readonly #load: LoadRequest;
  readonly #modelName: string;

  constructor(options: LlamaCppAdapterOptions) {
    this.model = options.model;
    this.#load = options.load;
    this.#modelName = options.modelName;
  }

  generate(request: GenerateRequest): Promise<GenerateResult> {
    return this.#ask(request, false);
  }

  stream(request: StreamRequest): Promise<GenerateResult> {
    return this.#ask(request, true);
  }

  async #ask(request: StreamRequest, streaming: boolean): Promise<GenerateResult> {
    const started = performance.now();
    try {
      // The load is shared by every request; one that is aborted stops waiting, the load goes on for the others.
      const loaded = await untilAborted(loadLocalModel(this.#load), request.signal);
      return await loaded.queue.run(() => this.#answer(loaded, request, streaming, started), request.signal);
    } catch (error) {
      throw this.#fail(error, request.signal);
    }
  }

  async #answer(loaded: LoadedModel, request: StreamRequest, streaming: boolean, started: number): Promise<GenerateResult> {
    const history = toHistory(request.messages);
    const inputTokens = promptTokens(loaded, history);
    // One token of room is kept: node-llama-cpp shifts the window once the sequence is full.
    const room = loaded.contextSize - inputTokens - 1;
    const tooLong = () =>
      new ContextLengthExceededError(`${LLAMACPP_PROVIDER}: the prompt is ${inputTokens} tokens and the context holds ${loaded.contextSize}`, {
        limitTokens: loaded.contextSize,
      });
    if (room < 1) throw tooLong();
    const { settings } = request;
    const guard = new AbortController();
    const signal = request.signal ? AbortSignal.any([request.signal, guard.signal]) : guard.signal;
    // The sequence's meter counts every sampled token, control tokens the template hides from the text included.
    const meter = loaded.chat.sequence.tokenMeter.getState();
    let streamed = "";
    let timeToFirstTokenMs: number | undefined;
    const response = await loaded.chat.generateResponse(history, {
      signal,
      stopOnAbortSignal: true,
      maxTokens: Math.min(settings.maxOutputTokens ?? room, room),
      temperature: settings.temperature,
      topP: settings.topP,
      seed: settings.seed,
      customStopTriggers: settings.stop,
      contextShift: {
        strategy: () => {
          throw tooLong();
        },
      },
      onTextChunk: (text) => {
        if (!streaming || guard.signal.aborted) return;
        timeToFirstTokenMs ??= performance.now() - started;
        streamed += text;
        if (request.onTextDelta?.(text) === "stop") guard.abort();
      },
    });
    if (request.signal?.aborted) throw request.signal.reason;
    const guarded = guard.signal.aborted;
    const outputTokens = loaded.chat.sequence.tokenMeter.diff(meter).usedOutputTokens;
    return {
      text: guarded ? streamed : response.response,
      finishReason: guarded ? "guard" : toFinishReason(response.metadata.stopReason),
      usage: { inputTokens, outputTokens },
      latencyMs: performance.now() - started,
      ...(streaming ? { timeToFirstTokenMs } : {}),
      responseModel: this.#modelName,
    };
  }

  #fail(error: unknown, signal: AbortSignal | undefined): RealitycheckError {
    if (isRealitycheckError(error)) return error;
    if (signal?.aborted) {
      const reason = (signal.reason as { name?: string } | undefined)?.name;
      return reason === "TimeoutError"
        ? new TimeoutError(`${LLAMACPP_PROVIDER}: no complete answer before the request deadline`)
        : new AbortedError(`${LLAMACPP_PROVIDER}: request stopped before it finished`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new ServerError(`${LLAMACPP_PROVIDER}: llama.cpp failed: ${message}`, { cause: error });
  }
}
