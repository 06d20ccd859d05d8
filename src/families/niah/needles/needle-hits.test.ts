import { describe, expect, it } from "vitest";
import { hitsText, needleHits, perNeedleRecall } from "./needle-hits.ts";

describe("needle hits", () => {
  it("round-trips through the explanation", () => {
    expect(hitsText([true, false, true])).toBe("hits 1,0,1");
    expect(needleHits({ explanation: "expected a, b, c; found a, c; hits 1,0,1" })).toEqual([true, false, true]);
    expect(needleHits({ explanation: "expected a; found b; hits 0; gave distractor b" })).toEqual([false]);
    expect(needleHits({ explanation: "expected NOT FOUND; found NOT FOUND" })).toBeUndefined();
    expect(needleHits({})).toBeUndefined();
  });

  it("averages recall per needle position over the scores that recorded it", () => {
    const scores = [{ explanation: "hits 1,0,1" }, { explanation: "x; hits 1,1,0" }, { explanation: "expected NOT FOUND; found x" }];
    expect(perNeedleRecall(scores)).toEqual([1, 0.5, 0.5]);
    expect(perNeedleRecall([])).toEqual([]);
  });
});
