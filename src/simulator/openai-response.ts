// Success bodies in OpenAI's chat-completions format: the whole response, or SSE chunks built from a
// per-response prefix so each streamed piece costs one small string concatenation.

import type { ReplyDecision } from "./behaviour.ts";

export const SYSTEM_FINGERPRINT = "realitycheck-simulator";
/** Sent on every simulator response, so nothing downstream can mistake it for a real model. */
export const SIMULATED_HEADER = "x-realitycheck-simulated";

export interface ResponseMeta {
  id: string;
  /** Unix seconds. */
  created: number;
  model: string;
}

function usage(reply: ReplyDecision): { prompt_tokens: number; completion_tokens: number; total_tokens: number } {
  return {
    prompt_tokens: reply.promptTokens,
    completion_tokens: reply.completionTokens,
    total_tokens: reply.promptTokens + reply.completionTokens,
  };
}

export function completionBody(meta: ResponseMeta, reply: ReplyDecision): string {
  return JSON.stringify({
    id: meta.id,
    object: "chat.completion",
    created: meta.created,
    model: meta.model,
    system_fingerprint: SYSTEM_FINGERPRINT,
    choices: [{ index: 0, message: { role: "assistant", content: reply.text }, logprobs: null, finish_reason: reply.finishReason }],
    usage: usage(reply),
  });
}

/** `data: {...,"choices":` — every chunk of one response starts the same way. */
export function chunkPrefix(meta: ResponseMeta): string {
  return `data: {"id":${JSON.stringify(meta.id)},"object":"chat.completion.chunk","created":${meta.created},"model":${JSON.stringify(meta.model)},"system_fingerprint":"${SYSTEM_FINGERPRINT}","choices":`;
}

export function roleChunk(prefix: string): string {
  return `${prefix}[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n`;
}

export function contentChunk(prefix: string, piece: string): string {
  return `${prefix}[{"index":0,"delta":{"content":${JSON.stringify(piece)}},"logprobs":null,"finish_reason":null}]}\n\n`;
}

export function finishChunk(prefix: string, finishReason: string): string {
  return `${prefix}[{"index":0,"delta":{},"logprobs":null,"finish_reason":"${finishReason}"}]}\n\n`;
}

/** The extra chunk sent when the request asked for stream_options.include_usage: empty choices, usage set. */
export function usageChunk(prefix: string, reply: ReplyDecision): string {
  return `${prefix}[],"usage":${JSON.stringify(usage(reply))}}\n\n`;
}

export const DONE_LINE = "data: [DONE]\n\n";

/** Splits text into pieces of `words` words each, whitespace kept, so streamed pieces join back exactly. */
export function splitIntoChunks(text: string, words: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let counted = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    if (counted === words) {
      pieces.push(text.slice(start, i));
      start = i;
      counted = 0;
    }
    counted++;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
