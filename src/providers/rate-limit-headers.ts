// Reads what hosts say about their rate limits from response headers, so the runner can pace itself.
// Header names are looked up in lower case, as fetch reports them. Runs on every response, so it only looks keys up.

import type { RateLimitInfo } from "../core/model-adapter.ts";

type Headers = Record<string, string> | undefined;

const DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/;

/** `120ms`, `1.5s`, `1m2.3s`, `6m0s`, `2h` or plain seconds (`30`, `0.5`) -> milliseconds. */
export function parseDurationMs(text: string): number | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [, h = "0", m = "0", s = "0", ms = "0"] = match;
  return Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000 + Number(ms));
}

function count(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** An RFC 3339 instant (Anthropic's reset headers) -> milliseconds from now, never negative. */
function untilMs(text: string | undefined, now: number): number | undefined {
  if (text === undefined) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function duration(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseDurationMs(text);
}

function put(info: RateLimitInfo, key: keyof RateLimitInfo, value: number | undefined): void {
  if (value !== undefined) info[key] = value;
}

/** OpenAI, Groq and Together `x-ratelimit-*-requests|tokens`, or Anthropic `anthropic-ratelimit-*`; undefined when neither is present. */
export function parseRateLimitHeaders(headers: Headers, now: number = Date.now()): RateLimitInfo | undefined {
  if (!headers) return undefined;
  const info: RateLimitInfo = {};
  if (headers["x-ratelimit-limit-requests"] !== undefined || headers["x-ratelimit-limit-tokens"] !== undefined) {
    put(info, "limitRequests", count(headers["x-ratelimit-limit-requests"]));
    put(info, "limitTokens", count(headers["x-ratelimit-limit-tokens"]));
    put(info, "remainingRequests", count(headers["x-ratelimit-remaining-requests"]));
    put(info, "remainingTokens", count(headers["x-ratelimit-remaining-tokens"]));
    put(info, "resetRequestsMs", duration(headers["x-ratelimit-reset-requests"]));
    put(info, "resetTokensMs", duration(headers["x-ratelimit-reset-tokens"]));
  } else if (headers["anthropic-ratelimit-requests-limit"] !== undefined || headers["anthropic-ratelimit-tokens-limit"] !== undefined) {
    put(info, "limitRequests", count(headers["anthropic-ratelimit-requests-limit"]));
    put(info, "limitTokens", count(headers["anthropic-ratelimit-tokens-limit"]));
    put(info, "remainingRequests", count(headers["anthropic-ratelimit-requests-remaining"]));
    put(info, "remainingTokens", count(headers["anthropic-ratelimit-tokens-remaining"]));
    put(info, "resetRequestsMs", untilMs(headers["anthropic-ratelimit-requests-reset"], now));
    put(info, "resetTokensMs", untilMs(headers["anthropic-ratelimit-tokens-reset"], now));
  }
  return Object.keys(info).length > 0 ? info : undefined;
}

/** How long the host asked us to wait: `retry-after-ms`, then `retry-after` as seconds or an HTTP date. */
export function parseRetryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = count(headers["retry-after-ms"]);
  if (ms !== undefined) return ms;
  const value = headers["retry-after"]?.trim();
  if (!value) return undefined;
  const seconds = count(value);
  if (seconds !== undefined) return seconds * 1000;
  return untilMs(value, now);
}
