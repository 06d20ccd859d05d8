import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  AbortedError,
  AuthError,
  ContextLengthExceededError,
  NetworkError,
  RateLimitedError,
  type RealitycheckError,
  ServerError,
  StreamDroppedError,
  TimeoutError,
} from "../core/errors.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { TargetSpec } from "../core/target.ts";
import { fixturePath } from "../test-support/fixture-path.ts";
import { createAdapter } from "./create-adapter.ts";

const KEY = "sk-adapter-test-key-0123456789";
const messages: ChatMessage[] = [
  { role: "system", content: "Answer briefly." },
  { role: "user", content: "Say hello." },
];

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

type Handler = (request: Seen, response: ServerResponse) => void;

/** A tiny host on 127.0.0.1:0 that records each request and answers through `handler`. */
async function startHost(handler: Handler) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      const request = { url: req.url ?? "", headers: req.headers, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
      seen.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

function fixtureBody(name: string): string {
  const fixture = JSON.parse(readFileSync(fixturePath("provider-errors", `${name}.json`), "utf8")) as { body: unknown };
  return JSON.stringify(fixture.body);
}

const RATE_HEADERS = { "x-ratelimit-limit-requests": "1000", "x-ratelimit-remaining-requests": "999", "x-ratelimit-reset-tokens": "1m2.5s" };

function chunk(res: ServerResponse, delta: Record<string, unknown>, finish: string | null = null): void {
  const body = { id: "c1", object: "chat.completion.chunk", created: 1, model: "served-model", choices: [{ index: 0, delta, finish_reason: finish }] };
  res.write(`data: ${JSON.stringify(body)}\n\n`);
}

/** Speaks OpenAI chat completions; the requested model id picks the scenario. */
const openAiHost: Handler = (request, res) => {
  const scenario = request.body.model;
  if (scenario === "rate-limited") return json(res, 429, { error: { message: "Rate limit reached", code: "rate_limit_exceeded" } }, { "retry-after": "3" });
  if (scenario === "broken") return json(res, 500, { error: { message: "internal error" } });
  if (scenario === "too-long") return json(res, 400, fixtureBody("openai-context-length"));
  if (scenario === "echo-key") return json(res, 401, { error: { message: `bad key ${String(request.headers.authorization)}` } });
  if (scenario === "slow") return;
  if (!request.body.stream) {
    return json(
      res,
      200,
      {
        id: "c1",
        object: "chat.completion",
        created: 1,
        model: "served-model",
        choices: [{ index: 0, message: { role: "assistant", content: "Hello there" }, finish_reason: scenario === "long" ? "length" : "stop" }],
        usage: { prompt_tokens: 12, completion_tokens: 3, total_tokens: 15 },
      },
      RATE_HEADERS,
    );
  }
  res.writeHead(200, { "content-type": "text/event-stream", ...RATE_HEADERS });
  chunk(res, { role: "assistant", content: "Hel" });
  chunk(res, { content: "lo" });
  if (scenario === "cut") {
    setTimeout(() => res.socket?.destroy(), 5);
    return;
  }
  chunk(res, {}, "stop");
  res.write(`data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: "served-model", choices: [], usage: { prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 } })}\n\n`);
  res.end("data: [DONE]\n\n");
};

async function failure(promise: Promise<unknown>): Promise<RealitycheckError> {
  try {
    await promise;
  } catch (error) {
    return error as RealitycheckError;
  }
  throw new Error("expected the request to fail");
}

describe("AiSdkAdapter over an OpenAI-compatible host", () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  const adapter = (model: string) => {
    const target: TargetSpec = { id: `groq:${model}`, provider: "groq", model, settings: {}, stream: true, simulated: false };
    return createAdapter(target, { env: { GROQ_API_KEY: KEY, GROQ_BASE_URL: `${host.origin}/v1` } });
  };

  beforeAll(async () => {
    host = await startHost(openAiHost);
  });
  afterAll(async () => {
    await host.close();
  });

  it("generates: text, finish reason, usage, model, rate limits, and passes settings and key through", async () => {
    const before = host.seen.length;
    const result = await adapter("ok").generate({ messages, settings: { temperature: 0.2, topP: 0.9, maxOutputTokens: 50, seed: 7, stop: ["END"] } });
    expect(result).toMatchObject({ text: "Hello there", finishReason: "stop", usage: { inputTokens: 12, outputTokens: 3 }, responseModel: "served-model" });
    expect(result.rateLimit).toEqual({ limitRequests: 1000, remainingRequests: 999, resetTokensMs: 62_500 });
    expect(result.latencyMs).toBeGreaterThan(0);
    const request = host.seen[before];
    expect(request?.url).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body).toMatchObject({ temperature: 0.2, top_p: 0.9, max_tokens: 50, seed: 7, stop: ["END"], messages });
  });

  it("maps a length finish", async () => {
    expect((await adapter("long").generate({ messages, settings: {} })).finishReason).toBe("length");
  });

  it("streams: deltas in order, time to first token, usage from the final chunk", async () => {
    const deltas: string[] = [];
    const result = await adapter("ok").stream({ messages, settings: {}, onTextDelta: (delta) => void deltas.push(delta) });
    expect(deltas).toEqual(["Hel", "lo"]);
    expect(result).toMatchObject({ text: "Hello", finishReason: "stop", usage: { inputTokens: 12, outputTokens: 2 }, responseModel: "served-model" });
    expect(result.timeToFirstTokenMs).toBeGreaterThan(0);
    expect(result.timeToFirstTokenMs).toBeLessThanOrEqual(result.latencyMs);
    expect(result.rateLimit?.limitRequests).toBe(1000);
    expect(host.seen.at(-1)?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("reports a stream cut mid-way as StreamDroppedError", async () => {
    const deltas: string[] = [];
    const error = await failure(adapter("cut").stream({ messages, settings: {}, onTextDelta: (delta) => void deltas.push(delta) }));
    expect(error).toBeInstanceOf(StreamDroppedError);
    expect(deltas.join("")).toBe("Hello");
  });

  it("ends a stream its guard stops, returning the text so far with finish reason guard", async () => {
    const controller = new AbortController();
    const result = await adapter("cut").stream({ messages, settings: {}, signal: controller.signal, onTextDelta: (delta) => (delta === "Hel" ? "stop" : undefined) });
    expect(result).toMatchObject({ text: "Hel", finishReason: "guard", usage: {} });
    expect(controller.signal.aborted).toBe(false);
  });

  it("does not retry a 429 and carries retry-after", async () => {
    for (const call of ["generate", "stream"] as const) {
      const before = host.seen.length;
      const error = await failure(adapter("rate-limited")[call]({ messages, settings: {} }));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 3000, retryable: true });
      expect(host.seen.length - before).toBe(1);
    }
  });

  it("maps 500 to ServerError and a context error to ContextLengthExceededError", async () => {
    expect(await failure(adapter("broken").generate({ messages, settings: {} }))).toBeInstanceOf(ServerError);
    expect(await failure(adapter("broken").stream({ messages, settings: {} }))).toBeInstanceOf(ServerError);
    const tooLong = await failure(adapter("too-long").stream({ messages, settings: {} }));
    expect(tooLong).toBeInstanceOf(ContextLengthExceededError);
    expect((tooLong as ContextLengthExceededError).limitTokens).toBe(128000);
  });

  it("times out through AbortSignal.timeout and stops on a manual abort", async () => {
    expect(await failure(adapter("slow").generate({ messages, settings: {}, signal: AbortSignal.timeout(50) }))).toBeInstanceOf(TimeoutError);
    expect(await failure(adapter("slow").stream({ messages, settings: {}, signal: AbortSignal.timeout(50) }))).toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await failure(adapter("slow").stream({ messages, settings: {}, signal: controller.signal }))).toBeInstanceOf(AbortedError);
  });

  it("never lets the key out, even when the host echoes it", async () => {
    const error = await failure(adapter("echo-key").generate({ messages, settings: {} }));
    expect(error).toBeInstanceOf(AuthError);
    expect(`${error.message} ${error.body} ${JSON.stringify(error)} ${String(error.cause)}`).not.toContain(KEY);
  });

  it("reports a host that is not listening as NetworkError", async () => {
    const gone = await startHost(openAiHost);
    await gone.close();
    const target: TargetSpec = { id: "vllm:m", provider: "vllm", model: "m", settings: {}, stream: true, baseURL: `${gone.origin}/v1`, simulated: false };
    const error = await failure(createAdapter(target, { env: {} }).stream({ messages, settings: {} }));
    expect(error).toBeInstanceOf(NetworkError);
  });
});

describe("AiSdkAdapter over other API formats", () => {
  it("speaks Anthropic Messages at an overridden base URL and maps its errors", async () => {
    const host = await startHost((request, res) => {
      if (request.body.model === "too-long") return json(res, 400, fixtureBody("anthropic-context-length"));
      json(
        res,
        200,
        {
          id: "msg_1",
          type: "message",
          role: "assistant",
          model: "claude-test-20260101",
          content: [{ type: "text", text: "Hi from Claude" }],
          stop_reason: "max_tokens",
          stop_sequence: null,
          usage: { input_tokens: 9, output_tokens: 4 },
        },
        { "anthropic-ratelimit-requests-limit": "50", "anthropic-ratelimit-requests-remaining": "49" },
      );
    });
    try {
      const target = (model: string): TargetSpec => ({ id: model, provider: "anthropic", model, settings: { maxOutputTokens: 4 }, stream: false, baseURL: `${host.origin}/v1`, simulated: false });
      const warn = vi.spyOn(console, "warn");
      const result = await createAdapter(target("claude-test"), { env: { ANTHROPIC_API_KEY: KEY } }).generate({ messages, settings: { maxOutputTokens: 4, seed: 1 } });
      expect(warn).not.toHaveBeenCalled();
      warn.mockRestore();
      expect(result).toMatchObject({ text: "Hi from Claude", finishReason: "length", usage: { inputTokens: 9, outputTokens: 4 } });
      expect(result.rateLimit).toMatchObject({ limitRequests: 50, remainingRequests: 49 });
      expect(host.seen[0]).toMatchObject({ url: "/v1/messages", headers: { "x-api-key": KEY }, body: { system: [{ type: "text", text: "Answer briefly." }] } });
      const error = await failure(createAdapter(target("too-long"), { env: { ANTHROPIC_API_KEY: KEY } }).generate({ messages, settings: {} }));
      expect((error as ContextLengthExceededError).limitTokens).toBe(200000);
    } finally {
      await host.close();
    }
  });

  it("speaks Gemini generateContent at a base URL from the environment and maps its errors", async () => {
    const host = await startHost((request, res) => {
      if (request.url.includes("too-long")) return json(res, 400, fixtureBody("google-context-length"));
      json(res, 200, {
        candidates: [{ content: { role: "model", parts: [{ text: "Hi from Gemini" }] }, finishReason: "STOP", index: 0 }],
        usageMetadata: { promptTokenCount: 8, candidatesTokenCount: 5, totalTokenCount: 13 },
        modelVersion: "gemini-test-001",
      });
    });
    try {
      const env = { GEMINI_API_KEY: KEY, GOOGLE_BASE_URL: `${host.origin}/v1beta` };
      const target = (model: string): TargetSpec => ({ id: model, provider: "google", model, settings: {}, stream: false, simulated: false });
      const result = await createAdapter(target("gemini-test"), { env }).generate({ messages, settings: {} });
      expect(result).toMatchObject({ text: "Hi from Gemini", finishReason: "stop", usage: { inputTokens: 8, outputTokens: 5 } });
      expect(host.seen[0]).toMatchObject({ url: "/v1beta/models/gemini-test:generateContent", headers: { "x-goog-api-key": KEY } });
      const error = await failure(createAdapter(target("too-long"), { env }).generate({ messages, settings: {} }));
      expect((error as ContextLengthExceededError).limitTokens).toBe(1048576);
    } finally {
      await host.close();
    }
  });
});
