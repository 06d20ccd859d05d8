import { describe, expect, it } from "vitest";
import { pairedDifferenceInterval } from "./paired-difference-interval.ts";

describe("pairedDifferenceInterval", () => {
  it("matches the published value for a paired 2x2 table (Cavo et al. 2012, in Fagerland, Lydersen & Laake)", () => {
    const interval = pairedDifferenceInterval({ both: 59, firstOnly: 6, secondOnly: 16, neither: 80 });
    expect(interval.lower).toBeCloseTo(-0.1186, 4);
    expect(interval.upper).toBeCloseTo(-0.0046, 4);
  });

  it("contains the observed difference and excludes zero when one side clearly differs", () => {
    const interval = pairedDifferenceInterval({ both: 2, firstOnly: 15, secondOnly: 1, neither: 6 });
    const difference = (15 - 1) / 24;
    expect(interval.lower).toBeLessThan(difference);
    expect(interval.upper).toBeGreaterThan(difference);
    expect(interval.lower).toBeGreaterThan(0);
    expect(interval).toMatchObject({ level: 0.95, method: "wilson" });
  });

  it("is the mirror image when the sides swap", () => {
    const forward = pairedDifferenceInterval({ both: 3, firstOnly: 7, secondOnly: 2, neither: 8 });
    const backward = pairedDifferenceInterval({ both: 3, firstOnly: 2, secondOnly: 7, neither: 8 });
    expect(backward.lower).toBeCloseTo(-forward.upper, 12);
    expect(backward.upper).toBeCloseTo(-forward.lower, 12);
  });

  it("stays honestly wide when every pair agrees, and narrows as pairs accumulate", () => {
    const few = pairedDifferenceInterval({ both: 0, firstOnly: 0, secondOnly: 0, neither: 10 });
    const many = pairedDifferenceInterval({ both: 0, firstOnly: 0, secondOnly: 0, neither: 200 });
    expect(few.lower).toBeLessThan(-0.2);
    expect(few.upper).toBeGreaterThan(0.2);
    expect(many.upper - many.lower).toBeLessThan(few.upper - few.lower);
    expect(many.lower).toBeLessThan(0);
    expect(many.upper).toBeGreaterThan(0);
  });

  it("stays within [-1, 1] at the extremes and says nothing without pairs", () => {
    const allFirst = pairedDifferenceInterval({ both: 0, firstOnly: 12, secondOnly: 0, neither: 0 });
    expect(allFirst.upper).toBe(1);
    expect(allFirst.lower).toBeGreaterThan(0.5);
    expect(pairedDifferenceInterval({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 })).toMatchObject({ lower: -1, upper: 1 });
  });
});
