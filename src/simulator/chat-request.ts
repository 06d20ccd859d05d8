// Reads an OpenAI chat-completions request body by hand: the hot path checks only the fields it uses,
// without a schema library, and names the offending field when one is wrong.

import type { SimulatedMessage } from "./prompt-tokens.ts";

export interface SimulatedRequest {
  /** As sent, including any `@variant` suffix. */
  model: string;
  messages: SimulatedMessage[];
  stream: boolean;
  includeUsage: boolean;
  /** max_completion_tokens, else max_tokens. */
  maxTokens?: number;
  seed?: number;
  temperature?: number;
}

export interface RequestProblem {
  problem: string;
  param: string | null;
}

export function isRequestProblem(value: SimulatedRequest | RequestProblem): value is RequestProblem {
  return "problem" in value;
}

export function parseChatRequest(body: string): SimulatedRequest | RequestProblem {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { problem: "We could not parse the JSON body of your request.", param: null };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { problem: "The request body must be a JSON object.", param: null };
  const fields = raw as Record<string, unknown>;
  if (typeof fields.model !== "string" || fields.model === "") return { problem: "you must provide a model parameter", param: "model" };
  const messages = readMessages(fields.messages);
  if (!Array.isArray(messages)) return messages;

  const maxTokens = fields.max_completion_tokens ?? fields.max_tokens;
  if (maxTokens != null && !(Number.isInteger(maxTokens) && (maxTokens as number) >= 1)) {
    return { problem: "max_tokens must be a positive integer.", param: fields.max_completion_tokens != null ? "max_completion_tokens" : "max_tokens" };
  }
  if (fields.seed != null && !Number.isInteger(fields.seed)) return { problem: "seed must be an integer.", param: "seed" };
  const temperature = fields.temperature;
  if (temperature != null && (typeof temperature !== "number" || temperature < 0 || temperature > 2)) {
    return { problem: "temperature must be a number between 0 and 2.", param: "temperature" };
  }
  if (fields.stream != null && typeof fields.stream !== "boolean") return { problem: "stream must be a boolean.", param: "stream" };
  const streamOptions = fields.stream_options as { include_usage?: unknown } | null | undefined;

  return {
    model: fields.model,
    messages,
    stream: fields.stream === true,
    includeUsage: streamOptions?.include_usage === true,
    maxTokens: (maxTokens as number | null) ?? undefined,
    seed: (fields.seed as number | null) ?? undefined,
    temperature: (temperature as number | null) ?? undefined,
  };
}

function readMessages(value: unknown): SimulatedMessage[] | RequestProblem {
  if (!Array.isArray(value) || value.length === 0) return { problem: "messages must be a non-empty array.", param: "messages" };
  const messages: SimulatedMessage[] = [];
  for (let i = 0; i < value.length; i++) {
    const message = value[i] as { role?: unknown; content?: unknown } | null;
    if (!message || typeof message.role !== "string") return { problem: `messages[${i}].role must be a string.`, param: `messages[${i}].role` };
    const content = readContent(message.content);
    if (content === undefined) {
      return { problem: `messages[${i}].content must be a string or an array of text parts.`, param: `messages[${i}].content` };
    }
    messages.push({ role: message.role, content });
  }
  return messages;
}

/** A string, null (assistant tool calls), or content parts whose text parts are joined. */
function readContent(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (content === null) return "";
  if (!Array.isArray(content)) return undefined;
  let text = "";
  for (const part of content as { type?: unknown; text?: unknown }[]) {
    if (part?.type === "text" && typeof part.text === "string") text += part.text;
  }
  return text;
}
