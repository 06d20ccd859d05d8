// The built-in simulated models: each imitates one behaviour real hosts and models show, over `honest` answers.
// User profiles are merged over these by name and may `extends` any of them.

import type { SimulatorProfile } from "./profile.ts";

const honestRules: SimulatorProfile["rules"] = [{ solve: "instruction" }, { solve: "arithmetic" }, { solve: "recall" }];

export const builtInProfiles: Record<string, SimulatorProfile> = {
  echo: {
    description: "Replies with the last user message, instantly",
    rules: [{ solve: "echo" }],
  },
  parrot: {
    description: "Replies with the last paragraph of the last user message (its instructions or answer format), instantly",
    rules: [{ match: String.raw`(?:^|\n\n)([^\n]*(?:\n(?!\n)[^\n]*)*)\s*$`, reply: "$1" }],
  },
  honest: {
    description: "Answers instructions, arithmetic and recall questions correctly, instantly; otherwise says it does not know",
    rules: honestRules,
  },
  faulty: {
    description: "Like honest, with 20% 429s (retry-after), 5% 5xx and 2% dropped connections",
    extends: "honest",
    rateLimitRate: 0.2,
    serverErrorRate: 0.05,
    dropRate: 0.02,
  },
  "rate-limited": {
    description: "Like honest, enforcing 1200 requests/min and 200k tokens/min with x-ratelimit-* headers",
    extends: "honest",
    rateLimits: { requestsPerMinute: 1200, tokensPerMinute: 200_000 },
  },
  slow: {
    description: "Like honest, with 250 ms to the first byte and streams paced at 50 tokens/s",
    extends: "honest",
    latencyMs: 250,
    tokensPerSecond: 50,
  },
  "context-8k": {
    description: "Like honest, rejecting prompts above 8192 tokens with an OpenAI-style context error",
    extends: "honest",
    contextLimit: 8192,
    contextErrorStyle: "openai",
  },
  truncating: {
    description: "Like honest, but silently keeps only the last 4096 prompt tokens and reports that count",
    extends: "honest",
    truncate: { keepTokens: 4096, side: "front" },
  },
  looping: {
    description: "Starts an answer, then repeats \"The reason \" until max tokens (finish_reason length)",
    extends: "honest",
    loop: { phrase: "The reason ", afterTokens: 8 },
  },
  refuser: {
    description: "Like honest, but refuses any prompt containing a security- or violence-sounding word (hack, kill...)",
    extends: "honest",
    refuseKeywords: ["hack", "hacking", "hacker", "exploit", "malware", "virus", "weapon", "weapons", "bomb", "kill", "poison", "steal"],
  },
  "emoji-verbose": {
    description: "Like honest, dressed in emoji, exclamations, markdown headers and bold, and filler sentences",
    extends: "honest",
    emojiRate: 1,
    exclamations: 0.8,
    markdown: true,
    verbosity: 4,
  },
  "spanish-flip": {
    description: "Like honest in every language but Spanish, where every rule answer comes out wrong",
    extends: "honest",
    languages: { es: { accuracy: 0 } },
  },
};
