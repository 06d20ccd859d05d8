import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import type { GuardStop } from "../core/stream-guard.ts";
import { createAdapter } from "../providers/create-adapter.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { simulatorTarget } from "../test-support/run-task.ts";
import { loopGuard } from "./loop-guard.ts";

describe("loopGuard", () => {
  it("stops with the LOOP label, the onset and a description", () => {
    const guard = loopGuard()();
    let stop: GuardStop | undefined;
    for (const delta of ["Because. ", ..."The reason ".repeat(100).match(/.{1,7}/gs)!]) stop ??= guard.push(delta);
    expect(stop).toEqual({ label: "LOOP", onsetChar: 9, explanation: expect.stringMatching(/^loop from char 9 \(~3 tokens\): period 11 chars "The reason " x \d+$/) });
  });

  it("gives every attempt a fresh detector", () => {
    const factory = loopGuard({ minLoopChars: 100, checkEveryChars: 1 });
    const first = factory();
    expect(first.push("na ".repeat(40))).toBeDefined();
    expect(factory().push("Fine, thanks.")).toBeUndefined();
  });

  it("rejects bad options when the guard is made, before any request", () => {
    expect(() => loopGuard({ minRepeats: 0 })).toThrow(ConfigError);
  });
});

describe("loopGuard on a real stream", () => {
  let simulator: SimulatorHandle;
  beforeAll(async () => {
    simulator = await startSimulator({ port: 0 });
  });
  afterAll(async () => {
    await simulator.close();
  });

  it("cancels a looping answer from the simulator long before its 20,000-token cap", async () => {
    const adapter = createAdapter(simulatorTarget("looping", true), { env: { SIMULATOR_BASE_URL: simulator.url } });
    const guard = loopGuard()();
    let stop: GuardStop | undefined;
    const result = await adapter.stream({
      messages: [{ role: "user", content: "Why did the bridge fail?" }],
      settings: { maxOutputTokens: 20_000 },
      onTextDelta: (delta) => {
        stop ??= guard.push(delta);
        return stop ? "stop" : undefined;
      },
    });
    expect(result.finishReason).toBe("guard");
    expect(stop?.onsetChar).toBe(result.text.indexOf("The reason "));
    expect(result.text.length - stop!.onsetChar).toBeLessThan(1200);
  });
});
