import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import type { GuardStop, StreamGuard } from "../core/stream-guard.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { simulatorTarget } from "../test-support/run-task.ts";
import { VirtualClock } from "../test-support/virtual-clock.ts";
import { loopGuard } from "./loop-guard.ts";

const user = (content: string) => ({ messages: [{ role: "user" as const, content }] });

/** Pushes `text` in deltas of 7 characters; the stop, and how many characters had been pushed then. */
function feed(guard: StreamGuard, text: string): { stop?: GuardStop; pushed: number } {
  for (let i = 0; i < text.length; i += 7) {
    const stop = guard.push(text.slice(i, i + 7));
    if (stop) return { stop, pushed: Math.min(text.length, i + 7) };
  }
  return { pushed: text.length };
}

describe("loopGuard", () => {
  it("stops with the LOOP label, the kind, the onset and a description", () => {
    const { stop } = feed(loopGuard()(user("Why?")), "Because. " + "The reason ".repeat(300));
    expect(stop).toEqual({ label: "LOOP", kind: "exact", onsetChar: 9, explanation: expect.stringMatching(/^exact loop from char 9: period 11 chars "The reason " x \d+$/) });
  });

  it("gives every attempt a fresh detector", () => {
    const factory = loopGuard({ minLoopTokens: 20, minLoopChars: 100, checkEveryChars: 1 });
    expect(factory(user("Sing")).push("na ".repeat(60))).toBeDefined();
    expect(factory(user("Sing")).push("Fine, thanks.")).toBeUndefined();
  });

  it("rejects bad options when the guard is made, before any request", () => {
    expect(() => loopGuard({ minRepeats: 0 })).toThrow(ConfigError);
  });

  describe("with a prompt asking to write a line 50 times", () => {
    const prompt = user("Write this line 50 times: I will not talk in class.");
    const line = "I will not talk in class.\n";

    it("says what it read, and lets the 50 copies through", () => {
      const guard = loopGuard()(prompt);
      expect(guard.requested).toBe('"Write this line 50 times" (up to 50 copies)');
      expect(feed(guard, line.repeat(50)).stop).toBeUndefined();
      expect(feed(loopGuard()(user("Tell me about school.")), line.repeat(50)).stop).toBeDefined();
    });

    it("stops the answer once it goes on past them", () => {
      const { stop, pushed } = feed(loopGuard()(prompt), line.repeat(400));
      expect(stop?.explanation).toMatch(/past the 50 copies asked for$/);
      expect(pushed / line.length).toBeGreaterThan(50);
      expect(pushed / line.length).toBeLessThan(55);
    });

    it("lets the numbered form through too (a counter loop of 50)", () => {
      const numbered = Array.from({ length: 50 }, (_, i) => `${i + 1}. I will not talk in class, and I will listen to the teacher.\n`).join("");
      expect(feed(loopGuard()(prompt), numbered).stop).toBeUndefined();
      expect(feed(loopGuard()(user("Any advice?")), numbered).stop?.kind).toBe("counter");
    });
  });
});

describe("loopGuard on a real stream", () => {
  const clock = new VirtualClock();
  let simulator: SimulatorHandle;
  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, clock });
  });
  afterAll(async () => {
    await simulator.close();
  });

  it("cancels a looping answer from the simulator long before its 20,000-token cap", async () => {
    const adapter = createAdapter(simulatorTarget("looping", true), { env: { SIMULATOR_BASE_URL: simulator.url }, clock });
    const messages = [{ role: "user" as const, content: "Why did the bridge fail?" }];
    const guard = loopGuard()({ messages });
    let stop: GuardStop | undefined;
    const result = await adapter.stream({
      messages,
      settings: { maxOutputTokens: 20_000 },
      onTextDelta: (delta) => {
        stop ??= guard.push(delta);
        return stop ? "stop" : undefined;
      },
    });
    expect(result.finishReason).toBe("guard");
    expect(stop?.onsetChar).toBe(result.text.indexOf("The reason "));
    expect(result.text.length - stop!.onsetChar).toBeLessThan(1300);
  });
});
