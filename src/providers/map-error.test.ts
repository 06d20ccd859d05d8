import { readdirSync, readFileSync } from "node:fs";
import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { ContextLengthExceededError, type NetworkError, RateLimitedError, ServerError } from "../core/errors.ts";
import { fixturePath } from "../test-support/fixture-path.ts";
import { mapProviderError } from "./map-error.ts";

interface Fixture {
  provider: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  expected: { kind: string; limitTokens?: number; retryAfterMs?: number };
}

const fixtures = readdirSync(fixturePath("provider-errors"))
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(readFileSync(fixturePath("provider-errors", name), "utf8")) as Fixture] as const);

function apiError(status: number, body: string, headers: Record<string, string> = {}): APICallError {
  return new APICallError({
    message: "request failed",
    url: "https://host.example/v1/chat/completions",
    requestBodyValues: {},
    statusCode: status,
    responseBody: body,
    responseHeaders: headers,
  });
}

function networkCause(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

describe("mapProviderError on recorded host errors", () => {
  it("has a fixture for every host's context-length error", () => {
    const hosts = fixtures.filter(([, f]) => f.expected.kind === "context_length_exceeded").map(([, f]) => f.provider);
    for (const host of ["openai", "groq", "vllm", "together", "fireworks", "deepinfra", "openrouter", "llamacpp-server", "anthropic", "google"]) {
      expect(hosts).toContain(host);
    }
  });

  it.each(fixtures)("%s", (_name, fixture) => {
    const body = typeof fixture.body === "string" ? fixture.body : JSON.stringify(fixture.body);
    const error = mapProviderError(apiError(fixture.status, body, fixture.headers), { provider: fixture.provider });
    expect(error.kind).toBe(fixture.expected.kind);
    expect(error.status).toBe(fixture.status);
    if (fixture.expected.kind === "context_length_exceeded") {
      expect(error).toBeInstanceOf(ContextLengthExceededError);
      expect((error as ContextLengthExceededError).limitTokens).toBe(fixture.expected.limitTokens);
    }
    if (fixture.expected.retryAfterMs !== undefined) expect(error.retryAfterMs).toBe(fixture.expected.retryAfterMs);
    expect(error.message).not.toMatch(/\n/);
    expect(error.message).toContain(fixture.provider);
    expect(error.message).toContain(String(fixture.status));
    expect(error.message.length).toBeLessThan(460);
  });
});

describe("mapProviderError on everything else", () => {
  it("maps status codes without a recognisable body", () => {
    expect(mapProviderError(apiError(401, "")).kind).toBe("auth_error");
    expect(mapProviderError(apiError(403, "forbidden")).kind).toBe("auth_error");
    expect(mapProviderError(apiError(408, "")).kind).toBe("timeout");
    expect(mapProviderError(apiError(500, "oops")).kind).toBe("server_error");
    expect(mapProviderError(apiError(503, "")).retryable).toBe(true);
    expect(mapProviderError(apiError(422, '{"detail":"bad"}')).kind).toBe("bad_request");
    expect(mapProviderError(apiError(429, "")).kind).toBe("rate_limited");
  });

  it("does not call a server error a context error because its text says so", () => {
    expect(mapProviderError(apiError(500, "context length exceeded while batching")).kind).toBe("server_error");
  });

  it("trims long bodies and scrubs the key from message, body and every field", () => {
    const key = "sk-test-0123456789abcdef";
    const body = JSON.stringify({ error: { message: `Incorrect API key provided: ${key}. ${"x".repeat(5000)}` } });
    const error = mapProviderError(apiError(401, body), { provider: "openai", secrets: [key] });
    expect(error.kind).toBe("auth_error");
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain("[redacted]");
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain(key);
    expect(error.body?.length).toBeLessThanOrEqual(2000);
  });

  it("maps connection failures to NetworkError, or StreamDroppedError once the stream began", () => {
    const refused = new APICallError({
      message: "Cannot connect to API: connect ECONNREFUSED",
      url: "http://127.0.0.1:9/v1",
      requestBodyValues: {},
      cause: networkCause("ECONNREFUSED"),
      isRetryable: true,
    });
    const mapped = mapProviderError(refused, { provider: "vllm" }) as NetworkError;
    expect(mapped.kind).toBe("network_error");
    // Nothing there to answer: retried briefly; the system's own words name the address.
    expect(mapped.unreachable).toBe(true);
    expect(mapped.message).toBe("vllm: could not reach the host (connect ECONNREFUSED 127.0.0.1:9)");
    const unresolved = new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND gpu-box.invalid"), { code: "ENOTFOUND" }) });
    expect(mapProviderError(unresolved)).toMatchObject({ kind: "network_error", unreachable: true, message: "provider: could not reach the host (getaddrinfo ENOTFOUND gpu-box.invalid)" });
    // A connection that was made and then broke is a passing fault, retried as usual.
    expect(mapProviderError(new TypeError("fetch failed", { cause: networkCause("ECONNRESET") }))).toMatchObject({ kind: "network_error", unreachable: false });
    const cut = new APICallError({
      message: "Failed to process successful response",
      url: "http://127.0.0.1:9/v1",
      requestBodyValues: {},
      statusCode: 200,
      cause: new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }),
    });
    expect(mapProviderError(cut, { streamStarted: true }).kind).toBe("stream_dropped");
    expect(mapProviderError(new Error("socket hang up")).kind).toBe("network_error");
  });

  it("shows the host's own words from its error body, not the JSON around them", () => {
    const body = JSON.stringify({ error: { message: "The model `honst` does not exist or you do not have access to it.", type: "invalid_request_error", code: "model_not_found" } });
    const error = mapProviderError(apiError(404, body), { provider: "simulator" });
    expect(error.message).toBe("simulator: not found: check the model id and the base URL (HTTP 404): The model `honst` does not exist or you do not have access to it.");
    expect(error.body).toBe(body);
    expect(mapProviderError(apiError(502, "Bad gateway")).message).toBe("provider: the host failed (HTTP 502): Bad gateway");
  });

  it("decides abort versus timeout from the signal", () => {
    const timedOut = new AbortController();
    timedOut.abort(new DOMException("deadline", "TimeoutError"));
    expect(mapProviderError(new Error("whatever"), { signal: timedOut.signal }).kind).toBe("timeout");
    const stopped = new AbortController();
    stopped.abort();
    expect(mapProviderError(new Error("whatever"), { signal: stopped.signal }).kind).toBe("aborted");
  });

  it("classifies error objects a host sends inside a stream", () => {
    const overloaded = mapProviderError({ type: "overloaded_error", message: "Overloaded" }, { provider: "anthropic", streamStarted: true });
    expect(overloaded).toBeInstanceOf(ServerError);
    const upstream = mapProviderError({ code: 429, message: "Provider returned error" }, { provider: "openrouter" });
    expect(upstream).toBeInstanceOf(RateLimitedError);
    const context = mapProviderError({ message: "This model's maximum context length is 8192 tokens.", type: "BadRequestError" });
    expect((context as ContextLengthExceededError).limitTokens).toBe(8192);
    expect(mapProviderError({ message: "internal" }, { streamStarted: true }).kind).toBe("stream_dropped");
  });

  it("maps unreadable responses by whether the stream had begun", () => {
    const unreadable = Object.assign(new Error("Response stream ended without a finish reason."), { name: "AI_InvalidResponseDataError" });
    expect(mapProviderError(unreadable, { streamStarted: true }).kind).toBe("stream_dropped");
    expect(mapProviderError(unreadable).kind).toBe("server_error");
  });
});
