import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { type Decision, decideReply, type ErrorDecision, type ReplyDecision } from "./behaviour.ts";
import type { SimulatedRequest } from "./chat-request.ts";
import { compileProfiles } from "./compile-profile.ts";
import type { SimulatorProfile } from "./profile.ts";
import { builtInProfiles } from "./profiles.ts";
import { countPromptTokens } from "./prompt-tokens.ts";

function profileOf(profile: SimulatorProfile) {
  const compiled = compileProfiles({ ...builtInProfiles, p: profile }, "test").get("p");
  if (!compiled) throw new Error("not compiled");
  return compiled;
}

function request(content: string, extra: Partial<SimulatedRequest> = {}): SimulatedRequest {
  return { model: "p", messages: [{ role: "user", content }], stream: false, includeUsage: false, ...extra };
}

const noFaults = () => 0.5;

function reply(decision: Decision): ReplyDecision {
  if (decision.kind !== "reply") throw new Error(`expected a reply, got ${decision.outcome}`);
  return decision;
}

function error(decision: Decision): ErrorDecision {
  if (decision.kind !== "error") throw new Error("expected an error");
  return decision;
}

describe("accuracy", () => {
  const halfRight = profileOf({ extends: "honest", accuracy: 0.5 });

  it("gives the same request the same answer, whatever the fault generator does", () => {
    for (let a = 1; a <= 30; a++) {
      const ask = request(`What is ${a} + ${a}?`);
      const first = reply(decideReply(halfRight, ask, seededRandom(1))).text;
      const again = reply(decideReply(halfRight, ask, seededRandom(99))).text;
      expect(again).toBe(first);
    }
  });

  it("makes about 1 - accuracy of the answers plausibly wrong", () => {
    let wrong = 0;
    for (let a = 1; a <= 400; a++) {
      const text = reply(decideReply(halfRight, request(`What is ${a} times 3?`), noFaults)).text;
      expect(text).toMatch(/^ANSWER: \d+$/);
      if (text !== `ANSWER: ${a * 3}`) wrong++;
    }
    expect(wrong).toBeGreaterThan(140);
    expect(wrong).toBeLessThan(260);
  });

  it("draws again for another seed or another model name", () => {
    const answers = new Set<string>();
    for (let seed = 0; seed < 20; seed++) answers.add(reply(decideReply(halfRight, request("What is 2 + 2?", { seed }), noFaults)).text);
    for (const model of ["p@a", "p@b", "p@c", "p@d"]) answers.add(reply(decideReply(halfRight, request("What is 2 + 2?", { model }), noFaults)).text);
    expect(answers.has("ANSWER: 4")).toBe(true);
    expect(answers.size).toBeGreaterThan(1);
  });

  it("never touches the fallback", () => {
    const alwaysWrong = profileOf({ extends: "honest", accuracy: 0 });
    expect(reply(decideReply(alwaysWrong, request("Tell me a joke"), noFaults)).text).toBe("I don't know.");
    expect(reply(decideReply(alwaysWrong, request("What is 2 + 2?"), noFaults)).text).not.toBe("ANSWER: 4");
  });
});

describe("context limit", () => {
  const long = "word ".repeat(9000);

  it.each([
    ["openai", 400, (body: any) => body.error.code === "context_length_exceeded" && body.error.message.includes("maximum context length is 8192 tokens")],
    ["vllm", 400, (body: any) => body.object === "error" && body.type === "BadRequestError" && body.code === 400],
    ["together", 422, (body: any) => body.error.message.startsWith("Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8192")],
    ["llamacpp", 400, (body: any) => body.error.type === "exceed_context_size_error" && body.error.n_ctx === 8192 && body.error.n_prompt_tokens === 9006],
    ["groq", 400, (body: any) => body.error.code === "context_length_exceeded" && body.error.message.includes("reduce the length")],
  ] as const)("rejects in the %s style", (style, status, check) => {
    const decision = error(decideReply(profileOf({ contextLimit: 8192, contextErrorStyle: style }), request(long), noFaults));
    expect(decision.outcome).toBe("context_rejected");
    expect(decision.reply.status).toBe(status);
    expect(check(JSON.parse(decision.reply.body))).toBe(true);
  });

  it("counts max_tokens only when told to", () => {
    const prompt = "word ".repeat(8000);
    expect(decideReply(profileOf({ contextLimit: 8192 }), request(prompt, { maxTokens: 500 }), noFaults).kind).toBe("reply");
    const counted = error(decideReply(profileOf({ contextLimit: 8192, contextCounts: "prompt+completion" }), request(prompt, { maxTokens: 500 }), noFaults));
    expect(JSON.parse(counted.reply.body).error.message).toContain("(8006 in the messages, 500 in the completion)");
  });
});

describe("silent truncation", () => {
  const filler = "Nothing happens here at all. ".repeat(200);
  const prompt = `START-111. ${filler} MIDDLE-222. ${filler} END-333.`;
  const echo = (side: "front" | "back" | "middle") => profileOf({ rules: [{ solve: "echo" }], truncate: { keepTokens: 600, side } });

  it.each([
    ["front", ["MIDDLE-222", "START-111"], ["END-333"]],
    ["back", ["MIDDLE-222", "END-333"], ["START-111"]],
    ["middle", ["MIDDLE-222"], ["START-111", "END-333"]],
  ] as const)("drops the %s and reports what remains", (side, lost, kept) => {
    const decision = reply(decideReply(echo(side), request(prompt), noFaults));
    for (const code of lost) expect(decision.text).not.toContain(code);
    for (const code of kept) expect(decision.text).toContain(code);
    expect(decision.promptTokens).toBeLessThanOrEqual(600);
    expect(decision.promptTokens).toBeGreaterThan(590);
    expect(decision.promptTokens).toBe(countPromptTokens([{ role: "user", content: decision.text }]));
  });

  it("drops whole messages before cutting into one", () => {
    const profile = profileOf({ rules: [{ solve: "recall" }], truncate: { keepTokens: 40 } });
    const ask = {
      ...request("What is the secret code of the vault?"),
      messages: [
        { role: "system", content: `The secret code of the vault is 9911. ${filler}` },
        { role: "user", content: "What is the secret code of the vault?" },
      ],
    };
    expect(reply(decideReply(profile, ask, noFaults)).text).toBe("I don't know.");
    expect(reply(decideReply(profileOf({ extends: "honest" }), ask, noFaults)).text).toBe("The secret code of the vault is 9911.");
  });
});

describe("recall span", () => {
  it("forgets what lies beyond the span from the end, while usage reports the whole prompt", () => {
    const profile = profileOf({ extends: "honest", recallSpanTokens: 60 });
    const filler = "Nothing happens here at all. ".repeat(20);
    const needle = "The secret code of the vault is 9911.";
    const near = request(`${filler} ${needle} What is the secret code of the vault?`);
    const far = request(`${needle} ${filler} What is the secret code of the vault?`);
    expect(reply(decideReply(profile, near, noFaults)).text).toBe(needle);
    const forgotten = reply(decideReply(profile, far, noFaults));
    expect(forgotten.text).toBe("I don't know.");
    expect(forgotten.promptTokens).toBe(countPromptTokens(far.messages));
  });
});

describe("loops, refusals, style, languages", () => {
  it("loops until max_tokens with finish_reason length", () => {
    const decision = reply(decideReply(profileOf({ extends: "looping" }), request("Reply with exactly: fine", { maxTokens: 50 }), noFaults));
    expect(decision.outcome).toBe("loop");
    expect(decision.finishReason).toBe("length");
    expect(decision.completionTokens).toBe(50);
    expect(decision.text.startsWith("fine The reason The reason ")).toBe(true);
  });

  it("loops to defaultMaxTokens when the request sets none, and only at the given rate", () => {
    const always = reply(decideReply(profileOf({ loop: {}, defaultMaxTokens: 64 }), request("hi"), noFaults));
    expect(always.completionTokens).toBe(64);
    const sometimes = profileOf({ loop: { rate: 0.5 } });
    let loops = 0;
    for (let i = 0; i < 200; i++) if (reply(decideReply(sometimes, request(`question ${i}`), noFaults)).outcome === "loop") loops++;
    expect(loops).toBeGreaterThan(70);
    expect(loops).toBeLessThan(130);
  });

  it("refuses on whole keywords only", () => {
    const refuser = profileOf({ extends: "refuser" });
    const refused = reply(decideReply(refuser, request("How do I KILL a Python process?"), noFaults));
    expect(refused.outcome).toBe("refused");
    expect(refused.text).toBe("I'm sorry, but I can't help with that request.");
    expect(refused.finishReason).toBe("stop");
    expect(reply(decideReply(refuser, request("Which skill matters most? Reply with exactly: patience"), noFaults)).outcome).toBe("ok");
  });

  it("dresses answers in emoji, exclamations, markdown and filler, the same way each time", () => {
    const verbose = profileOf({ extends: "emoji-verbose" });
    const text = reply(decideReply(verbose, request("What is 6 times 7?"), noFaults)).text;
    expect(text).toContain("ANSWER: 42");
    expect(text).toMatch(/^## /);
    expect(text).toContain("**");
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    expect(text).toContain("!");
    expect(text.length).toBeGreaterThan(100);
    expect(reply(decideReply(verbose, request("What is 6 times 7?"), noFaults)).text).toBe(text);
  });

  it("applies a language override when the prompt is in that language", () => {
    const flip = profileOf({ extends: "spanish-flip" });
    expect(reply(decideReply(flip, request("What is 6 times 7?"), noFaults)).text).toBe("ANSWER: 42");
    expect(reply(decideReply(flip, request("¿Cuánto es 6 por 7? Responde con el número."), noFaults)).text).not.toBe("ANSWER: 42");
  });

  it("cuts a long answer at max_tokens", () => {
    const decision = reply(decideReply(profileOf({ rules: [{ solve: "echo" }] }), request("one two three four five"), noFaults));
    expect(decision.finishReason).toBe("stop");
    const cut = reply(decideReply(profileOf({ rules: [{ solve: "echo" }] }), request("one two three four five", { maxTokens: 2 }), noFaults));
    expect(cut).toMatchObject({ text: "one two", finishReason: "length", completionTokens: 2 });
  });
});

describe("faults", () => {
  it("sends 429 with retry-after and retry-after-ms", () => {
    const decision = error(decideReply(profileOf({ rateLimitRate: 1, retryAfterMs: 20 }), request("hi"), noFaults));
    expect(decision.outcome).toBe("rate_limited");
    expect(decision.reply.status).toBe(429);
    expect(decision.reply.headers).toEqual({ "retry-after": "1", "retry-after-ms": "20" });
    expect(JSON.parse(decision.reply.body).error).toMatchObject({ type: "requests", code: "rate_limit_exceeded" });
  });

  it("draws 5xx statuses and drops from the seeded generator, at the configured rates", () => {
    const faulty = profileOf({ extends: "faulty" });
    const random = seededRandom(7);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const decision = decideReply(faulty, request("What is 1 + 1?"), random);
      const key = decision.kind === "error" ? String(decision.reply.status) : decision.drop ? "drop" : "ok";
      counts[key] = (counts[key] ?? 0) + 1;
      if (decision.kind === "reply") expect(decision.text).toBe("ANSWER: 2");
    }
    expect(counts["429"]).toBeGreaterThan(330);
    expect(counts["429"]).toBeLessThan(470);
    const serverErrors = (counts["500"] ?? 0) + (counts["502"] ?? 0) + (counts["503"] ?? 0);
    expect(serverErrors).toBeGreaterThan(60);
    expect(serverErrors).toBeLessThan(140);
    expect(counts.drop).toBeGreaterThan(15);
    expect(counts.drop).toBeLessThan(70);
  });
});
