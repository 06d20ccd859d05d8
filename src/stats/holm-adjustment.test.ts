import { describe, expect, it } from "vitest";
import { holmAdjust } from "./holm-adjustment.ts";

// Reference values worked by hand from Holm (1979): sort, multiply the i-th smallest by m − i + 1, cap at 1, and carry
// the running maximum (what statsmodels' multipletests(method="holm") returns).
describe("holmAdjust", () => {
  it("adjusts step-down and keeps the input order", () => {
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) => expect(adjusted[i]).toBeCloseTo(expected, 15));
    const second = holmAdjust([0.2, 0.001, 0.02, 0.5, 0.019]);
    [0.4, 0.005, 0.076, 0.5, 0.076].forEach((expected, i) => expect(second[i]).toBeCloseTo(expected, 15));
  });

  it("caps at 1, leaves one test alone, and refuses a p outside [0, 1]", () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.03])).toEqual([0.03]);
    expect(holmAdjust([])).toEqual([]);
    expect(() => holmAdjust([1.2])).toThrow(RangeError);
  });
});
