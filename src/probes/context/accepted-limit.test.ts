import { describe, expect, it } from "vitest";
import { growthSizes } from "./accepted-limit.ts";

describe("growthSizes", () => {
  it("grows x4 up to the ceiling, capped at it", () => {
    expect(growthSizes(4_096, 1_000_000)).toEqual([4_096, 16_384, 65_536, 262_144, 524_288, 1_000_000]);
  });

  it("slows to x2 once the next x4 step would pass the claim", () => {
    expect(growthSizes(4_096, 15_000_000, 10_000_000)).toEqual([4_096, 16_384, 65_536, 262_144, 1_048_576, 4_194_304, 8_388_608, 15_000_000]);
  });

  it("asks only the ceiling when it is below the start", () => {
    expect(growthSizes(4_096, 1_000)).toEqual([1_000]);
  });
});
