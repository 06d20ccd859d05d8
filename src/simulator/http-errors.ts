// Error responses as real hosts send them: context-length errors in each host's dialect, OpenAI-style
// 429/5xx/404/400 bodies. Classifiers are tested against these, so the shapes follow the hosts closely.

import type { ContextErrorStyle } from "./profile.ts";

export interface ErrorReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

function openAiError(message: string, type: string, code: string | null, param: string | null = null): string {
  return JSON.stringify({ error: { message, type, param, code } });
}

/** `completionTokens` is the request's max_tokens when the profile counts it against the limit, else 0. */
export function contextError(style: ContextErrorStyle, limit: number, promptTokens: number, completionTokens: number): ErrorReply {
  const requested = promptTokens + completionTokens;
  const opening = `This model's maximum context length is ${limit} tokens. However, `;
  switch (style) {
    case "openai": {
      const message =
        completionTokens > 0
          ? `${opening}you requested ${requested} tokens (${promptTokens} in the messages, ${completionTokens} in the completion). Please reduce the length of the messages or completion.`
          : `${opening}your messages resulted in ${promptTokens} tokens. Please reduce the length of the messages.`;
      return { status: 400, body: openAiError(message, "invalid_request_error", "context_length_exceeded", "messages") };
    }
    case "vllm": {
      const message = `${opening}you requested ${requested} tokens (${promptTokens} in the messages, ${completionTokens} in the completion). Please reduce the length of the messages or completion.`;
      return { status: 400, body: JSON.stringify({ object: "error", message, type: "BadRequestError", param: null, code: 400 }) };
    }
    case "together": {
      const message = `Input validation error: \`inputs\` tokens + \`max_new_tokens\` must be <= ${limit}. Given: ${promptTokens} \`inputs\` tokens and ${completionTokens} \`max_new_tokens\``;
      return { status: 422, body: openAiError(message, "invalid_request_error", null) };
    }
    case "llamacpp": {
      const error = {
        code: 400,
        message: "the request exceeds the available context size, try increasing it",
        type: "exceed_context_size_error",
        n_prompt_tokens: promptTokens,
        n_ctx: limit,
      };
      return { status: 400, body: JSON.stringify({ error }) };
    }
    case "groq": {
      const message = "Please reduce the length of the messages or completion.";
      return { status: 400, body: openAiError(message, "invalid_request_error", "context_length_exceeded", "messages") };
    }
  }
}

/** `retry-after` is whole seconds (at least 1), as HTTP requires; `retry-after-ms` carries the precise wait. */
export function retryAfterHeaders(waitMs: number): Record<string, string> {
  return { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))), "retry-after-ms": String(Math.max(1, Math.ceil(waitMs))) };
}

/** `detail` is e.g. "Limit 1200, Remaining 0, Requested 1"; empty for random faults. */
export function rateLimitError(model: string, kind: "requests" | "tokens", detail: string, waitMs: number): ErrorReply {
  const unit = kind === "requests" ? "requests per min (RPM)" : "tokens per min (TPM)";
  const seconds = Math.max(0.001, waitMs / 1000);
  const message = `Rate limit reached for ${model} in organization org-simulator on ${unit}${detail ? `: ${detail}` : ""}. Please try again in ${Number(seconds.toFixed(3))}s.`;
  return { status: 429, headers: retryAfterHeaders(waitMs), body: openAiError(message, kind, "rate_limit_exceeded") };
}

const SERVER_ERROR_MESSAGES: Record<number, string> = {
  500: "The server had an error while processing your request. Sorry about that!",
  502: "Bad gateway.",
  503: "The engine is currently overloaded, please try again later.",
};

export function serverError(status: 500 | 502 | 503): ErrorReply {
  return { status, body: openAiError(SERVER_ERROR_MESSAGES[status] ?? "Server error.", "server_error", null) };
}

export function modelNotFound(model: string): ErrorReply {
  const message = `The model \`${model}\` does not exist or you do not have access to it.`;
  return { status: 404, body: openAiError(message, "invalid_request_error", "model_not_found", "model") };
}

export function badRequest(message: string, param: string | null): ErrorReply {
  return { status: 400, body: openAiError(message, "invalid_request_error", null, param) };
}

export function notFound(path: string): ErrorReply {
  return { status: 404, body: openAiError(`Unknown request URL: ${path}.`, "invalid_request_error", "unknown_url") };
}
