// What a simulated model does with one request: pure, no I/O. Faults come from the server's seeded generator;
// everything about the answer comes from a hash of the request, so the same request always gets the same answer.

import { seededRandom } from "../core/random.ts";
import { answerKeyReply, findEntry } from "./answer-key.ts";
import { answerFromRules } from "./answer-rules.ts";
import type { CompiledProfile } from "./compile-profile.ts";
import type { SimulatedRequest } from "./chat-request.ts";
import { contextError, type ErrorReply, rateLimitError, serverError } from "./http-errors.ts";
import { detectLanguage } from "./language.ts";
import { applyStyle } from "./style.ts";
import { countSimulatedTokens, cutToTokens } from "../tokenizers/simulator-tokenizer.ts";
import { countPromptTokens, type SimulatedMessage } from "./prompt-tokens.ts";
import { truncatePrompt } from "./truncation.ts";
import { wrongAnswer } from "./wrong-answer.ts";

export type SimulatedOutcome =
  | "ok"
  | "rate_limited"
  | "server_error"
  | "dropped"
  | "context_rejected"
  | "refused"
  | "loop"
  | "unknown_model"
  | "bad_request";

export interface ErrorDecision {
  kind: "error";
  outcome: "rate_limited" | "server_error" | "context_rejected";
  reply: ErrorReply;
  latencyMs: number;
}

export interface ReplyDecision {
  kind: "reply";
  outcome: "ok" | "refused" | "loop";
  text: string;
  finishReason: "stop" | "length";
  promptTokens: number;
  completionTokens: number;
  /** A drop fault: the connection dies mid-stream, or before a non-streamed reply. */
  drop: boolean;
  latencyMs: number;
  tokensPerSecond: number;
}

export type Decision = ErrorDecision | ReplyDecision;

// Salts keep the per-request draws independent of each other.
const ACCURACY_SALT = 0x9e3779b9;
const LOOP_SALT = 0x85ebca6b;
const STYLE_SALT = 0xc2b2ae35;
const SERVER_ERROR_STATUSES = [500, 502, 503] as const;

export function decideReply(base: CompiledProfile, request: SimulatedRequest, faultRandom: () => number): Decision {
  let messages = request.messages;
  let lastUser = lastUserIndex(messages);
  const profile = base.languages ? (base.languages[detectLanguage(messages[lastUser]?.content ?? "")] ?? base) : base;

  const faultRates = profile.rateLimitRate + profile.serverErrorRate + profile.dropRate;
  const fault = faultRates > 0 ? faultRandom() : 1;
  if (fault < profile.rateLimitRate) {
    const reply = rateLimitError(request.model, "requests", "", profile.retryAfterMs);
    return { kind: "error", outcome: "rate_limited", reply, latencyMs: 0 };
  }
  if (fault < profile.rateLimitRate + profile.serverErrorRate) {
    const status = SERVER_ERROR_STATUSES[Math.floor(faultRandom() * SERVER_ERROR_STATUSES.length)] ?? 500;
    return { kind: "error", outcome: "server_error", reply: serverError(status), latencyMs: profile.latencyMs };
  }

  let promptTokens = countPromptTokens(messages);
  if (profile.contextLimit !== undefined) {
    const completion = profile.contextCountsCompletion ? (request.maxTokens ?? 0) : 0;
    if (promptTokens + completion > profile.contextLimit) {
      const reply = contextError(profile.contextErrorStyle, profile.contextLimit, promptTokens, completion);
      return { kind: "error", outcome: "context_rejected", reply, latencyMs: profile.latencyMs };
    }
  }
  if (profile.truncate) {
    const kept = truncatePrompt(messages, profile.truncate.keepTokens, profile.truncate.side);
    if (kept !== messages) {
      messages = kept;
      lastUser = lastUserIndex(messages);
      promptTokens = countPromptTokens(messages);
    }
  }

  const hash = profile.accuracy < 1 || profile.answerKey || profile.style || (profile.loop && profile.loop.rate < 1) ? requestHash(request) : 0;
  let outcome: ReplyDecision["outcome"] = "ok";
  let text: string;
  const question = messages[lastUser]?.content ?? "";
  const known = profile.answerKey && findEntry(profile.answerKey, question);
  if (profile.refuse?.test(question)) {
    outcome = "refused";
    text = profile.refusal;
  } else if (profile.answerKey && known) {
    text = answerKeyReply(profile.answerKey, known, question, profile.accuracy, draw(hash, ACCURACY_SALT), hash);
  } else {
    // A limited recall span answers from the prompt's tail only, while usage still reports the whole prompt.
    const span = profile.recallSpanTokens;
    const seen = span !== undefined && promptTokens > span ? truncatePrompt(messages, span, "front") : messages;
    const answer = answerFromRules(profile.rules, profile.fallback, seen, lastUserIndex(seen));
    const wrong = answer.fromRule && profile.accuracy < 1 && draw(hash, ACCURACY_SALT) >= profile.accuracy;
    text = wrong ? wrongAnswer(answer.text, hash) : answer.text;
  }
  if (profile.style) text = applyStyle(text, profile.style, seededRandom(hash ^ STYLE_SALT));

  let limit = request.maxTokens;
  if (outcome === "ok" && profile.loop && draw(hash, LOOP_SALT) < profile.loop.rate) {
    outcome = "loop";
    limit ??= profile.defaultMaxTokens;
    const { phrase, phraseTokens, afterTokens } = profile.loop;
    const start = afterTokens === undefined ? text : cutToTokens(text, afterTokens).text;
    const repeated = phrase.repeat(Math.ceil(limit / phraseTokens) + 1);
    text = start ? `${start} ${repeated}` : repeated;
  }
  let finishReason: ReplyDecision["finishReason"] = "stop";
  if (limit !== undefined) {
    const cut = cutToTokens(text, limit);
    if (cut.cut) {
      text = cut.text;
      finishReason = "length";
    }
  }
  return {
    kind: "reply",
    outcome,
    text,
    finishReason,
    promptTokens,
    completionTokens: countSimulatedTokens(text),
    drop: fault < faultRates,
    latencyMs: profile.latencyMs,
    tokensPerSecond: profile.tokensPerSecond,
  };
}

/** The last user message, else the last message: what the model is answering. */
function lastUserIndex(messages: readonly SimulatedMessage[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.role === "user") return i;
  return messages.length - 1;
}

/** FNV-1a over model, seed and messages: the identity of a request for every answer-shaping draw. */
function requestHash(request: SimulatedRequest): number {
  let hash = fnv(0x811c9dc5, `${request.model}\u0000${request.seed ?? ""}`);
  for (const message of request.messages) {
    hash = fnv(hash, `\u0001${message.role}\u0002`);
    hash = fnv(hash, message.content);
  }
  return hash >>> 0;
}

function fnv(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

function draw(hash: number, salt: number): number {
  return seededRandom((hash ^ salt) >>> 0)();
}
