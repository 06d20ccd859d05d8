import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { FakeClock } from "../test-support/fake-clock.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import { type SimulatorHandle, startSimulator } from "./server.ts";

let sim: SimulatorHandle;
/** Moves only when the simulator sleeps: rate-limit buckets hold still between requests, and delays are recorded. */
let clock: FakeClock;

beforeAll(async () => {
  clock = new FakeClock();
  sim = await startSimulator({
    clock,
    profiles: {
      "always-429": { extends: "honest", rateLimitRate: 1, retryAfterMs: 20 },
      "always-drop": { extends: "honest", dropRate: 1 },
      "two-per-second": { extends: "honest", rateLimits: { requestsPerMinute: 120, tokensPerMinute: 60_000 } },
      paced: { extends: "honest", latencyMs: 50, tokensPerSecond: 400 },
    },
  });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(() => sim.resetStats());

function chat(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${sim.url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-ignored" },
    body: JSON.stringify({ messages: [{ role: "user", content: "What is 6 times 7?" }], ...body }),
  });
}

/** Response bodies are checked field by field, so they are read untyped. */
function json(res: Response): Promise<any> {
  return res.json() as Promise<any>;
}

/** The JSON payloads of an SSE body, and whether it ended with [DONE]. */
function sseEvents(text: string): { events: any[]; done: boolean } {
  const lines = text.split("\n\n").filter((line) => line.startsWith("data: "));
  const done = lines.at(-1) === "data: [DONE]";
  return { events: lines.filter((line) => line !== "data: [DONE]").map((line) => JSON.parse(line.slice(6))), done };
}

describe("simulator over HTTP", () => {
  it("answers a non-streamed request in the OpenAI format, marked as simulated", async () => {
    const res = await chat({ model: "honest@a", max_completion_tokens: 50 });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-realitycheck-simulated")).toBe("1");
    const body = await json(res);
    expect(body).toMatchObject({
      object: "chat.completion",
      model: "honest@a",
      system_fingerprint: "realitycheck-simulator",
      choices: [{ index: 0, message: { role: "assistant", content: "ANSWER: 42" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 13, completion_tokens: 4, total_tokens: 17 },
    });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.created).toBeTypeOf("number");
  });

  it("streams pieces, the finish reason, usage when asked, then [DONE]", async () => {
    const content = "Reply with exactly: one two three four five six seven eight nine ten eleven twelve";
    const res = await chat({ model: "honest", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content }] });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    expect(res.headers.get("x-realitycheck-simulated")).toBe("1");
    const { events, done } = sseEvents(await res.text());
    expect(done).toBe(true);
    const pieces = events.flatMap((event) => event.choices.map((choice: any) => choice.delta.content ?? ""));
    expect(pieces.filter((piece) => piece !== "").length).toBeGreaterThanOrEqual(3);
    expect(pieces.join("")).toBe("one two three four five six seven eight nine ten eleven twelve");
    expect(events.at(-2).choices[0].finish_reason).toBe("stop");
    expect(events.at(-1)).toMatchObject({ object: "chat.completion.chunk", choices: [], usage: { completion_tokens: countSimulatedTokens(pieces.join("")) } });
  });

  it("sends no usage chunk unless asked, and stops at max_tokens", async () => {
    const { events, done } = sseEvents(await (await chat({ model: "looping", stream: true, max_tokens: 30 })).text());
    expect(done).toBe(true);
    expect(events.every((event) => event.usage === undefined)).toBe(true);
    expect(events.at(-1).choices[0].finish_reason).toBe("length");
  });

  it("sends 429 with retry-after, retry-after-ms and an OpenAI-style body", async () => {
    const res = await chat({ model: "always-429" });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.headers.get("retry-after-ms")).toBe("20");
    expect(res.headers.get("x-realitycheck-simulated")).toBe("1");
    expect((await json(res)).error).toMatchObject({ type: "requests", code: "rate_limit_exceeded" });
  });

  it("drops a stream after some chunks, so the client sees an incomplete stream", async () => {
    const res = await chat({
      model: "always-drop",
      stream: true,
      messages: [{ role: "user", content: `Reply with exactly: ${"word ".repeat(40)}` }],
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let received = "";
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += decoder.decode(value);
        }
      })(),
    ).rejects.toThrow();
    expect(received).toContain('"content":"word word word word "');
    expect(received).not.toContain("[DONE]");
  });

  it("drops a non-streamed request before responding", async () => {
    await expect(chat({ model: "always-drop" })).rejects.toThrow();
    expect(sim.stats().byOutcome.dropped).toBe(1);
  });

  it("enforces rate limits per model name with x-ratelimit headers", async () => {
    const first = await chat({ model: "two-per-second", max_tokens: 10 });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-limit-requests")).toBe("120");
    expect(first.headers.get("x-ratelimit-remaining-requests")).toBe("1");
    expect(first.headers.get("x-ratelimit-limit-tokens")).toBe("60000");
    expect(first.headers.get("x-ratelimit-reset-requests")).toMatch(/^\d+ms$/);
    expect((await chat({ model: "two-per-second", max_tokens: 10 })).status).toBe(200);
    const refused = await chat({ model: "two-per-second", max_tokens: 10 });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after-ms")).toBe("500");
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("x-ratelimit-remaining-requests")).toBe("0");
    expect((await json(refused)).error.message).toContain("requests per min (RPM)");
    expect((await chat({ model: "two-per-second@other", max_tokens: 10 })).status).toBe(200);
  });

  it("waits latencyMs before the first byte and paces the stream by each piece's tokens", async () => {
    const before = clock.sleeps.length;
    const res = await chat({ model: "paced", stream: true, messages: [{ role: "user", content: `Reply with exactly: ${"go ".repeat(40)}` }] });
    expect(clock.sleeps.slice(before, before + 1)).toEqual([50]);
    const pieces = sseEvents(await res.text()).events.flatMap((event) => event.choices.map((choice: any) => choice.delta.content ?? "")).filter(Boolean);
    expect(pieces.join("")).toBe("go ".repeat(40).trim());
    expect(clock.sleeps.slice(before + 1)).toEqual(pieces.map((piece: string) => (countSimulatedTokens(piece) / 400) * 1000));
  });

  it("answers 404 model_not_found, 400 on bad JSON or fields, and lists models", async () => {
    const unknown = await chat({ model: "gpt-nothing" });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe("model_not_found");
    const malformed = await fetch(`${sim.url}/chat/completions`, { method: "POST", body: "{not json" });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.type).toBe("invalid_request_error");
    const badField = await chat({ model: "honest", max_tokens: -3 });
    expect((await json(badField)).error.param).toBe("max_tokens");
    const models = await json(await fetch(`${sim.url}/models`));
    expect(models.data.map((model: any) => model.id)).toEqual(expect.arrayContaining(["honest", "echo", "faulty", "paced"]));
    expect((await fetch(`${sim.url}/nowhere`)).status).toBe(404);
  });

  it("counts requests by model and outcome", async () => {
    await chat({ model: "honest" });
    await chat({ model: "honest@b" });
    await chat({ model: "refuser", messages: [{ role: "user", content: "write malware" }] });
    await chat({ model: "context-8k", messages: [{ role: "user", content: "word ".repeat(9000) }] });
    await chat({ model: "nope" });
    const stats = sim.stats();
    expect(stats.requests).toBe(5);
    expect(stats.byModel).toEqual({ honest: 1, "honest@b": 1, refuser: 1, "context-8k": 1, nope: 1 });
    expect(stats.byOutcome).toMatchObject({ ok: 2, refused: 1, context_rejected: 1, unknown_model: 1, rate_limited: 0 });
    sim.resetStats();
    expect(sim.stats().requests).toBe(0);
  });
});

describe("startSimulator", () => {
  it("rejects invalid profiles with a ConfigError", async () => {
    await expect(startSimulator({ profiles: { bad: { latencyMs: -5 } } })).rejects.toBeInstanceOf(ConfigError);
  });

  it("closes even with a keep-alive connection open", async () => {
    const other = await startSimulator({ port: 0 });
    expect(other.url).toBe(`http://127.0.0.1:${other.port}/v1`);
    await fetch(`${other.url}/models`).then((res) => res.json());
    await other.close();
    await expect(fetch(`${other.url}/models`)).rejects.toThrow();
  });
});
