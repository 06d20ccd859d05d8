// The per-process cache of loaded local models: a file is loaded once per set of load options, however many samples
// ask it, with one context, one chat over its sequence (the GGUF's own chat template) and a queue in front of it.

import type { ChatHistoryItem, LlamaChat, LlamaModel } from "node-llama-cpp";
import { ConfigError, isRealitycheckError } from "../../core/errors.ts";
import { importBackend, lastBackendError, llamaInstance } from "./llama-backend.ts";
import type { ResolvedLocalOptions } from "./local-model-options.ts";
import { SerialQueue } from "./serial-queue.ts";

export interface LoadRequest {
  path: string;
  /** The context the memory plan settled on. */
  contextSize: number;
  options: ResolvedLocalOptions;
}

export interface LoadedModel {
  model: LlamaModel;
  chat: LlamaChat;
  /** What the context really holds (llama.cpp rounds up to a multiple of 256). */
  contextSize: number;
  queue: SerialQueue;
}

const KV_TYPES = { f16: "F16", q8_0: "Q8_0", q4_0: "Q4_0", f32: "F32" } as const;

const loaded = new Map<string, Promise<LoadedModel>>();

/** Loads (or finds loaded) the model with these options; a failed load is forgotten, so a later request tries again. */
export function loadLocalModel(request: LoadRequest): Promise<LoadedModel> {
  const { path, contextSize, options } = request;
  const key = JSON.stringify([path, contextSize, options.gpuLayers, options.threads, options.flashAttention, options.kvCacheType]);
  let model = loaded.get(key);
  if (!model) {
    model = load(request);
    model.catch(() => loaded.delete(key));
    loaded.set(key, model);
  }
  return model;
}

async function load({ path, contextSize, options }: LoadRequest): Promise<LoadedModel> {
  const { LlamaChat, InsufficientMemoryError } = await importBackend();
  try {
    return await loadWith(LlamaChat, { path, contextSize, options });
  } catch (error) {
    throw loadError(error, path, error instanceof InsufficientMemoryError);
  }
}

async function loadWith(LlamaChat: typeof import("node-llama-cpp").LlamaChat, { path, contextSize, options }: LoadRequest): Promise<LoadedModel> {
  const llama = await llamaInstance(options.gpuLayers === 0 ? false : "auto");
  const model = await llama.loadModel({ modelPath: path, gpuLayers: options.gpuLayers });
  const kvType = options.kvCacheType === "f16" ? {} : { experimentalKvCacheKeyType: KV_TYPES[options.kvCacheType], experimentalKvCacheValueType: KV_TYPES[options.kvCacheType] };
  let context;
  try {
    context = await model.createContext({
      contextSize,
      threads: options.threads,
      flashAttention: options.flashAttention,
      sequences: 1,
      failedCreationRemedy: false,
      ...kvType,
    });
  } catch (error) {
    // Weights without a context are of no use to anyone: give their memory back.
    await model.dispose();
    throw error;
  }
  const chat = new LlamaChat({ contextSequence: context.getSequence() });
  return { model, chat, contextSize: context.contextSize, queue: new SerialQueue() };
}

function loadError(error: unknown, path: string, outOfMemory: boolean): Error {
  if (isRealitycheckError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = lastBackendError();
  const why = outOfMemory ? "not enough memory to load the model with this context" : "llama.cpp could not load the model";
  return new ConfigError(`${why}: ${message}${detail && !message.includes(detail) ? ` (${detail})` : ""}`, path);
}

/** Tokens of the whole templated prompt, exactly as the chat will evaluate it (BOS and template tokens included). */
export function promptTokens(loaded: LoadedModel, history: ChatHistoryItem[]): number {
  const withAnswer: ChatHistoryItem[] = history.at(-1)?.type === "model" ? history : [...history, { type: "model", response: [] }];
  const { contextText } = loaded.chat.chatWrapper.generateContextState({ chatHistory: withAnswer });
  return contextText.tokenize(loaded.model.tokenizer).length;
}
