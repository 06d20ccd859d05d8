// Turns whatever the AI SDK or the network threw into one RealitycheckError class the runner can act on.
// Messages are one line in the user's words, with provider, status and a trimmed body; the API key is scrubbed from all of it.

import { APICallError } from "ai";
import {
  AbortedError,
  AuthError,
  BadRequestError,
  ContentFilteredError,
  ContextLengthExceededError,
  NetworkError,
  RateLimitedError,
  RealitycheckError,
  ServerError,
  StreamDroppedError,
  TimeoutError,
} from "../core/errors.ts";
import { secretScrubber } from "../core/scrub-secrets.ts";
import { parseRetryAfter } from "./rate-limit-headers.ts";
import { readErrorBody } from "./read-error-body.ts";

export interface ErrorContext {
  /** Provider id, for the message. */
  provider?: string;
  signal?: AbortSignal;
  /** The host had begun to answer: a connection that breaks now is a dropped stream. */
  streamStarted?: boolean;
  /** Values that must never leave this function (the API key). */
  secrets?: readonly string[];
}

const MESSAGE_BODY_CHARS = 300;
const DETAIL_BODY_CHARS = 2000;

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);
const NETWORK_MESSAGES = /^(?:fetch failed|terminated|socket hang up|other side closed)$/i;
// No connection was made at all: nobody listening, a name that does not resolve, no route to the address.
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

// The SDK's ways of saying "the host sent something we could not read".
const MALFORMED_RESPONSE = new Set([
  "AI_InvalidResponseDataError",
  "AI_JSONParseError",
  "AI_TypeValidationError",
  "AI_EmptyResponseBodyError",
  "AI_NoOutputGeneratedError",
]);
// The SDK refusing our request before sending it: retrying cannot help.
const INVALID_REQUEST = new Set(["AI_InvalidArgumentError", "AI_InvalidPromptError", "AI_UnsupportedFunctionalityError"]);

const scrubCredentials = secretScrubber([]);

/** The adapter's own key, however short, and any auth-header value or URL password (a host may echo the request). */
function scrub(text: string, secrets: readonly string[] | undefined): string {
  let clean = text;
  for (const secret of secrets ?? []) if (secret) clean = clean.replaceAll(secret, "[redacted]");
  return scrubCredentials(clean);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

interface NetworkFailure {
  /** The system's own words ("connect ECONNREFUSED 127.0.0.1:8000", "getaddrinfo ENOTFOUND gpu-box"), else the code. */
  said: string;
  unreachable: boolean;
}

/** The failure below HTTP (refused, unresolved, reset, cut), from its code or message, searched down the cause chain. */
function networkFailure(error: unknown): NetworkFailure | undefined {
  const chain: Error[] = [];
  for (let current = error; chain.length < 5 && current instanceof Error; current = current.cause) chain.push(current);
  // A code anywhere down the chain says more than "fetch failed" on top of it.
  for (const link of chain) {
    const code = (link as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) {
      return { said: link.message.includes(code) ? link.message : code, unreachable: UNREACHABLE_CODES.has(code) };
    }
  }
  const said = chain.find((link) => NETWORK_MESSAGES.test(link.message))?.message;
  return said === undefined ? undefined : { said, unreachable: false };
}

function abortError(provider: string, reasonName: string | undefined): RealitycheckError {
  return reasonName === "TimeoutError"
    ? new TimeoutError(`${provider}: no complete answer before the request deadline`)
    : new AbortedError(`${provider}: request stopped before it finished`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** Classifies a host's answer from its status (HTTP, or the numeric code of an in-stream error) and body. */
function fromResponse(
  provider: string,
  status: number | undefined,
  rawBody: string,
  headers: Record<string, string> | undefined,
  context: ErrorContext,
): RealitycheckError {
  const body = scrub(rawBody, context.secrets);
  const facts = readErrorBody(body);
  // The host's own words when its body says them in a field hosts use (message, error), else the body itself.
  const said = facts.message || body;
  const shown = said ? `: ${oneLine(said, MESSAGE_BODY_CHARS)}` : "";
  const http = status === undefined ? "in-stream error" : `HTTP ${status}`;
  const say = (what: string) => `${provider}: ${what} (${http})${shown}`;
  const details = { status, body: oneLine(body, DETAIL_BODY_CHARS), headers };
  const isClientStatus = status === undefined || status === 400 || status === 403 || status === 413 || status === 422;

  if (status === 401 || facts.invalidKey) return new AuthError(say("the host rejected the API key"), details);
  if (status === 429 || facts.type === "rate_limit_error" || facts.type === "resource_exhausted") {
    // OpenAI answers an empty balance with 429 too; waiting cannot fix it, so it is an account problem, not a rate limit.
    if (facts.code === "insufficient_quota") return new AuthError(say("the account is out of quota or credit"), details);
    const retryAfterMs = parseRetryAfter(headers) ?? facts.retryDelayMs;
    const wait = retryAfterMs === undefined ? "" : `, retry after ${seconds(retryAfterMs)}`;
    return new RateLimitedError(say(`rate limited${wait}`), { ...details, retryAfterMs });
  }
  if (isClientStatus && facts.contextLengthExceeded) {
    const limit = facts.limitTokens === undefined ? "" : ` of ${facts.limitTokens} tokens`;
    return new ContextLengthExceededError(say(`the prompt does not fit the model's context window${limit}`), {
      ...details,
      limitTokens: facts.limitTokens,
    });
  }
  // Groq answers 413 when one request is larger than the whole tokens-per-minute budget: no wait will let it through.
  if (status === 413 && facts.code === "rate_limit_exceeded") {
    return new BadRequestError(say("the request is larger than the host's tokens-per-minute limit"), details);
  }
  if (isClientStatus && facts.contentFiltered) return new ContentFilteredError(say("the host's content filter refused the request"), details);
  if (status === 403) return new AuthError(say("access denied for this key or model"), details);
  if (status === 408 || status === 504) return new TimeoutError(say("the host timed out"), details);
  // Anthropic's 529 (and overloaded_error in a stream) is host-wide capacity, not our quota: a server error, so
  // rate-limit learning is not skewed by it; the runner retries it like any 5xx.
  if (status === 529 || facts.type === "overloaded_error") return new ServerError(say("the host is overloaded"), details);
  if (status !== undefined && status >= 500) return new ServerError(say("the host failed"), details);
  if (status === 404) return new BadRequestError(say("not found: check the model id and the base URL"), details);
  if (status !== undefined && status >= 400) return new BadRequestError(say("the host rejected the request"), details);
  if (status === undefined && context.streamStarted) return new StreamDroppedError(say("the stream broke off with an error"), details);
  return new ServerError(say("the host answered with an error"), details);
}

/** Maps any failure of one provider call to the error class that decides what the runner does next. */
export function mapProviderError(error: unknown, context: ErrorContext = {}): RealitycheckError {
  if (error instanceof RealitycheckError) return error;
  const provider = context.provider ?? "provider";
  const signal = context.signal;
  if (signal?.aborted) return abortError(provider, (signal.reason as { name?: string } | undefined)?.name);
  const name = error instanceof Error ? error.name : undefined;
  if (name === "AbortError" || name === "TimeoutError") return abortError(provider, name);

  const isApiCall = APICallError.isInstance(error);
  if (isApiCall && error.statusCode !== undefined && error.statusCode >= 400) {
    return fromResponse(provider, error.statusCode, error.responseBody ?? "", error.responseHeaders, context);
  }
  const failure = networkFailure(error);
  if (failure !== undefined) {
    const said = scrub(oneLine(failure.said, MESSAGE_BODY_CHARS), context.secrets);
    return context.streamStarted
      ? new StreamDroppedError(`${provider}: the stream broke off before it finished (${said})`)
      : new NetworkError(`${provider}: could not reach the host (${said})`, { unreachable: failure.unreachable });
  }
  const what = scrub(oneLine(error instanceof Error ? error.message : String(error), MESSAGE_BODY_CHARS), context.secrets);
  // A 2xx whose body could not be read, or one of the SDK's own "unreadable response" errors.
  if ((isApiCall && error.statusCode !== undefined) || (name !== undefined && MALFORMED_RESPONSE.has(name))) {
    return context.streamStarted
      ? new StreamDroppedError(`${provider}: the stream ended before a finish reason (${what})`)
      : new ServerError(`${provider}: the host sent a response that could not be read (${what})`);
  }
  if (name !== undefined && INVALID_REQUEST.has(name)) {
    return new BadRequestError(`${provider}: request refused before sending (${what})`);
  }
  // Hosts that report errors inside the stream hand us their error object itself.
  if (error && typeof error === "object" && !(error instanceof Error)) {
    const code = (error as { code?: unknown }).code;
    const status = typeof code === "number" && code >= 400 && code < 600 ? code : undefined;
    return fromResponse(provider, status, JSON.stringify(error), undefined, context);
  }
  return new ServerError(`${provider}: unexpected failure (${name ?? "error"}: ${what})`);
}
