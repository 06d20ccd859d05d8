// The probe end to end over real HTTP: the provider simulator plays hosts with hard limits and silent cuts, a plain
// prompt builder plants code sentences its `recall` solver gives back, and errors map through the real adapter.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatMessage } from "../../core/messages.ts";
import { createAdapter } from "../../providers/create-adapter.ts";
import { type SimulatorHandle, startSimulator } from "../../simulator/server.ts";
import { countPromptTokens } from "../../simulator/prompt-tokens.ts";
import { countSimulatedTokens } from "../../tokenizers/simulator-tokenizer.ts";
import { type PlantedCodes, type ProbeIo, rejectionFrom } from "./probe-io.ts";
import { probeContext } from "./probe-context.ts";

const QUESTION = "What is the checkpoint code?";
const FILLER = "Rain drifted over the quiet harbour while gulls circled the fishing boats.";
const FILLER_TOKENS = countSimulatedTokens(FILLER);
const MAX_TOKENS = 200_000;
const KEPT = 20_000;
const LIMIT = 50_000;

let simulator: SimulatorHandle;

beforeAll(async () => {
  simulator = await startSimulator({
    profiles: {
      "limit-stated": { extends: "honest", contextLimit: LIMIT },
      "limit-unstated": { extends: "honest", contextLimit: LIMIT, contextErrorStyle: "groq" },
      "cut-front": { extends: "honest", truncate: { keepTokens: KEPT, side: "front" } },
      "cut-middle": { extends: "honest", truncate: { keepTokens: KEPT, side: "middle" } },
      "cut-back": { extends: "honest", truncate: { keepTokens: KEPT, side: "back" } },
    },
  });
});

afterAll(async () => {
  await simulator.close();
});

/** The question at both ends, so a cut on either side leaves one; codes after the first, at the middle, before the last. */
function probePrompt(tokens: number, codes: PlantedCodes): ChatMessage[] {
  const code = (value: string) => `The checkpoint code is ${value}.`;
  const fixed = countPromptTokens([{ role: "user", content: [QUESTION, code(codes.start), code(codes.middle), code(codes.end), QUESTION].join(" ") }]);
  const fillers = Math.max(0, Math.floor((tokens - fixed) / FILLER_TOKENS));
  const half = Math.floor(fillers / 2);
  const filler = (count: number) => `${FILLER} `.repeat(count);
  const parts = [QUESTION, code(codes.start), filler(half), code(codes.middle), filler(fillers - half), code(codes.end), QUESTION];
  return [{ role: "user", content: parts.join(" ") }];
}

function simulatorProbeIo(model: string): ProbeIo {
  const target = { id: `simulator:${model}`, provider: "simulator", model, settings: {}, stream: false, simulated: true };
  const adapter = createAdapter(target, { env: { SIMULATOR_BASE_URL: simulator.url } });
  let calls = 0;
  return {
    async ask({ tokens }) {
      calls++;
      const codes = { start: `QS-${calls}01`, middle: `QM-${calls}02`, end: `QE-${calls}03` };
      const messages = probePrompt(tokens, codes);
      try {
        const result = await adapter.generate({ messages, settings: { maxOutputTokens: 200, temperature: 0 } });
        const localTokens = countPromptTokens(messages);
        return { accepted: true, text: result.text, localTokens, reportedPromptTokens: result.usage.inputTokens, codes, finishReason: result.finishReason };
      } catch (error) {
        return rejectionFrom(error);
      }
    },
  };
}

function within(actual: number | undefined, expected: number, share: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected) / expected).toBeLessThanOrEqual(share);
}

describe("probeContext against the simulator over HTTP", () => {
  it("builds prompts of the size asked, whose codes the recall solver gives back", async () => {
    within(countPromptTokens(probePrompt(50_000, { start: "QS-101", middle: "QM-102", end: "QE-103" })), 50_000, 0.001);
    const reply = await simulatorProbeIo("honest").ask({ tokens: 8_000 });
    expect(reply.accepted && reply.text).toContain("The checkpoint code is QS-101. The checkpoint code is QM-102. The checkpoint code is QE-103.");
  });

  it("finds a hard limit the host states, and no cut", async () => {
    const result = await probeContext(simulatorProbeIo("limit-stated"), { maxTokens: MAX_TOKENS });
    within(result.acceptedTokens, LIMIT, 0.02);
    expect(result.acceptedTokens).toBeLessThanOrEqual(LIMIT);
    expect(result.statedLimitTokens).toBe(LIMIT);
    expect(result.tokenRatio).toBe(1);
    expect(result.truncation).toMatchObject({ side: "none", countShortfall: false });
  });

  it("finds a hard limit the host does not state", async () => {
    const result = await probeContext(simulatorProbeIo("limit-unstated"), { maxTokens: MAX_TOKENS });
    within(result.acceptedTokens, LIMIT, 0.02);
    expect(result.statedLimitTokens).toBeUndefined();
    expect(result.truncation.side).toBe("none");
  });

  for (const side of ["front", "middle", "back"] as const) {
    it(`names a silent ${side} cut and how much the host keeps`, async () => {
      const result = await probeContext(simulatorProbeIo(`cut-${side}`), { maxTokens: MAX_TOKENS });
      expect(result.rejectedAboveTokens).toBeUndefined();
      within(result.acceptedLocalTokens, MAX_TOKENS, 0.001);
      expect(result.truncation).toMatchObject({ side, countShortfall: true });
      within(result.truncation.keptTokens, KEPT, 0.02);
      expect(result.calls).toBeLessThanOrEqual(15);
    });
  }
});
