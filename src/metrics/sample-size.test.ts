import { describe, expect, it } from "vitest";
import { sampleSizeLabel } from "./sample-size.ts";

describe("sampleSizeLabel", () => {
  it("writes items × trials when trials repeat items, and the plain n otherwise", () => {
    expect(sampleSizeLabel({ n: 80, items: 20 })).toBe("n=20×4");
    expect(sampleSizeLabel({ n: 70, items: 20 })).toBe("n=70 (20 items)");
    expect(sampleSizeLabel({ n: 12, items: 12 })).toBe("n=12");
    expect(sampleSizeLabel({ n: 5 })).toBe("n=5");
    expect(sampleSizeLabel({ n: 0, items: 0 })).toBe("n=0");
  });
});
