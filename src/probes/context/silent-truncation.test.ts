import { describe, expect, it } from "vitest";
import { ProbeLog } from "./probe-log.ts";
import { checkSilentTruncation, sideFromCodes } from "./silent-truncation.ts";

describe("sideFromCodes", () => {
  it("names the side a one-sided cut loses", () => {
    expect(sideFromCodes({ start: true, middle: true, end: true })).toBe("none");
    expect(sideFromCodes({ start: false, middle: true, end: true })).toBe("front");
    expect(sideFromCodes({ start: false, middle: false, end: true })).toBe("front");
    expect(sideFromCodes({ start: true, middle: false, end: false })).toBe("back");
    expect(sideFromCodes({ start: true, middle: false, end: true })).toBe("middle");
  });

  it("calls a loss of both ends unknown", () => {
    expect(sideFromCodes({ start: false, middle: true, end: false })).toBe("unknown");
    expect(sideFromCodes({ start: false, middle: false, end: false })).toBe("unknown");
  });
});

describe("checkSilentTruncation on replies no cut explains", () => {
  const codes = { start: "AA-1111", middle: "BB-2222", end: "CC-3333" };

  async function check(reply: (tokens: number) => { text: string; reportedPromptTokens?: number }) {
    const log = new ProbeLog({
      ask: async ({ tokens }) => ({ accepted: true, localTokens: tokens, codes, finishReason: "stop", ...reply(tokens) }),
    });
    await log.ask(4_096, "limit");
    const largest = await log.ask(65_536, "limit");
    if (!largest.accepted) throw new Error("fake host accepts everything");
    return checkSilentTruncation(log, largest, 0.01);
  }

  it("is unknown when the model returns no code at all", async () => {
    const finding = await check(() => ({ text: "I cannot find any codes." }));
    expect(finding).toMatchObject({ side: "unknown", checkedLocalTokens: 65_536 });
    expect(finding.evidence).toContain("the start, middle and end codes were missing at 65,536 tokens");
  });

  it("is unknown when every code comes back but the host counted far fewer tokens than sent", async () => {
    const finding = await check((tokens) => ({ text: `${codes.start} ${codes.middle} ${codes.end}`, reportedPromptTokens: Math.min(tokens, 8_000) }));
    expect(finding).toMatchObject({ side: "unknown", countShortfall: true });
    expect(finding.evidence).toContain("the host counted 8,000 prompt tokens of about 65,536 sent");
  });
});
