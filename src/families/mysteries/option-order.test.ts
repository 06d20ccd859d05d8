import { describe, expect, it } from "vitest";
import { optionLetter, optionOrder } from "./option-order.ts";

describe("optionOrder", () => {
  it("rotates one place per trial, so the culprit's letter visits every position", () => {
    const suspects = ["ana", "ben", "cai", "dora", "eli"];
    const letters = [1, 2, 3, 4, 5].map((trial) => optionLetter(optionOrder(suspects, "case1-1000-en-options", trial).indexOf("cai")));
    expect(new Set(letters).size).toBe(5);
    expect(optionOrder(suspects, "case1-1000-en-options", 6)).toEqual(optionOrder(suspects, "case1-1000-en-options", 1));
    const first = optionOrder(suspects, "case1-1000-en-options", 1);
    expect(optionOrder(suspects, "case1-1000-en-options", 2)).toEqual([...first.slice(1), first[0]]);
  });

  it("keeps every suspect once and starts at a different place for different items", () => {
    const suspects = ["ana", "ben", "cai", "dora"];
    expect([...optionOrder(suspects, "x", 3)].sort()).toEqual(suspects);
    const starts = new Set(["case1", "case2", "case3", "case4", "case5", "case6"].map((id) => optionOrder(suspects, id, 1)[0]));
    expect(starts.size).toBeGreaterThan(1);
  });
});
