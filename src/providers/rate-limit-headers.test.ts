import { describe, expect, it } from "vitest";
import { parseDurationMs, parseRateLimitHeaders, parseRetryAfter } from "./rate-limit-headers.ts";

const NOW = Date.parse("2026-03-01T12:00:00Z");

describe("parseDurationMs", () => {
  it.each([
    ["120ms", 120],
    ["1.5s", 1500],
    ["1m2.3s", 62_300],
    ["6m0s", 360_000],
    ["2h", 7_200_000],
    ["30", 30_000],
    ["0.25", 250],
  ])("reads %s", (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  it.each(["", "soon", "-1", "1x"])("rejects %j", (text) => {
    expect(parseDurationMs(text)).toBeUndefined();
  });
});

describe("parseRateLimitHeaders", () => {
  it("reads OpenAI/Groq style request and token headers", () => {
    const info = parseRateLimitHeaders({
      "x-ratelimit-limit-requests": "14400",
      "x-ratelimit-remaining-requests": "14370",
      "x-ratelimit-reset-requests": "2m59.56s",
      "x-ratelimit-limit-tokens": "30000",
      "x-ratelimit-remaining-tokens": "29100",
      "x-ratelimit-reset-tokens": "1.8s",
    });
    expect(info).toEqual({
      limitRequests: 14400,
      remainingRequests: 14370,
      resetRequestsMs: 179_560,
      limitTokens: 30000,
      remainingTokens: 29100,
      resetTokensMs: 1800,
    });
  });

  it("keeps only the fields present", () => {
    expect(parseRateLimitHeaders({ "x-ratelimit-limit-tokens": "6000", "x-ratelimit-reset-tokens": "later" })).toEqual({ limitTokens: 6000 });
  });

  it("reads Anthropic headers with RFC 3339 reset times", () => {
    const info = parseRateLimitHeaders(
      {
        "anthropic-ratelimit-requests-limit": "50",
        "anthropic-ratelimit-requests-remaining": "49",
        "anthropic-ratelimit-requests-reset": "2026-03-01T12:00:01.5Z",
        "anthropic-ratelimit-tokens-limit": "40000",
        "anthropic-ratelimit-tokens-remaining": "39000",
        "anthropic-ratelimit-tokens-reset": "2026-03-01T11:59:59Z",
      },
      NOW,
    );
    expect(info).toEqual({
      limitRequests: 50,
      remainingRequests: 49,
      resetRequestsMs: 1500,
      limitTokens: 40000,
      remainingTokens: 39000,
      resetTokensMs: 0,
    });
  });

  it("is undefined when the host says nothing", () => {
    expect(parseRateLimitHeaders(undefined)).toBeUndefined();
    expect(parseRateLimitHeaders({ "content-type": "application/json" })).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  it("prefers retry-after-ms", () => {
    expect(parseRetryAfter({ "retry-after-ms": "850", "retry-after": "1" }, NOW)).toBe(850);
  });

  it("reads seconds, fractional seconds and HTTP dates", () => {
    expect(parseRetryAfter({ "retry-after": "7" }, NOW)).toBe(7000);
    expect(parseRetryAfter({ "retry-after": "0.5" }, NOW)).toBe(500);
    expect(parseRetryAfter({ "retry-after": "Sun, 01 Mar 2026 12:00:30 GMT" }, NOW)).toBe(30_000);
  });

  it("never returns a negative wait and ignores nonsense", () => {
    expect(parseRetryAfter({ "retry-after": "Sun, 01 Mar 2026 11:00:00 GMT" }, NOW)).toBe(0);
    expect(parseRetryAfter({ "retry-after": "whenever" }, NOW)).toBeUndefined();
    expect(parseRetryAfter({ "retry-after": "" }, NOW)).toBeUndefined();
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
  });
});
