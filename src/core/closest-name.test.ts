import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "./closest-name.ts";

describe("closestName", () => {
  it("finds the name a typo was meant to be", () => {
    expect(closestName("modle", ["model", "config", "db"])).toBe("model");
    expect(closestName("riddle", ["niah", "riddles", "mysteries"])).toBe("riddles");
    expect(closestName("ruin", ["run", "runs", "resume"])).toBe("run");
    expect(closestName("metirc", ["kind", "metric", "subject"])).toBe("metric");
    expect(closestName("Trials", ["trials"])).toBe("trials");
    expect(closestName("maxCost", ["maxRequests", "maxTokens", "maxCostUsd"])).toBe("maxCostUsd");
  });

  it("suggests nothing for a name that is no near miss", () => {
    expect(closestName("bogus", ["run", "plan", "show"])).toBeUndefined();
    expect(closestName("x", [])).toBeUndefined();
    expect(closestName("ab", ["xy"])).toBeUndefined();
    expect(closestName("max", ["max-requests", "max-tokens"])).toBeUndefined();
  });

  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("modle", "model")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});
