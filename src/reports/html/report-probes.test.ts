import { describe, expect, it } from "vitest";
import type { StoredContextProbe } from "../../core/stored-probe.ts";
import { latestProbes } from "./report-probes.ts";

const probe = (id: string, targetId: string, result: unknown): StoredContextProbe => ({ id, createdAt: 0, targetId, provider: "p", model: "m", simulated: false, result });
const result = (acceptedTokens: number) => ({ acceptedTokens, claimedTokens: 10_000_000, truncation: { side: "front", keptTokens: 4096, evidence: "start code missing" } });

describe("latestProbes", () => {
  it("keeps the newest readable probe of each run target, in target order", () => {
    const probes = [probe("p3", "b", { unreadable: true }), probe("p2", "a", result(300_000)), probe("p1", "a", result(128_000)), probe("p0", "b", result(8_192)), probe("px", "other", result(1))];
    expect(latestProbes(probes, ["b", "a"])).toEqual([
      expect.objectContaining({ id: "p0", targetId: "b", acceptedTokens: 8_192 }),
      { id: "p2", createdAt: 0, targetId: "a", simulated: false, claimedTokens: 10_000_000, acceptedTokens: 300_000, rejectedAboveTokens: undefined, truncation: "front", keptTokens: 4096, evidence: "start code missing", effectiveTokens: undefined },
    ]);
  });
});
