import { describe, expect, it } from "vitest";
import { findNumbers, parseSingleNumber } from "./parse-number.ts";

const values = (text: string, decimalComma = false) => findNumbers(text, { decimalComma }).map((n) => n.value);

describe("findNumbers", () => {
  it("reads thousands and decimal separators in both conventions when unambiguous", () => {
    expect(values("1,234.5")).toEqual([1234.5]);
    expect(values("1.234,5")).toEqual([1234.5]);
    expect(values("1.234.567")).toEqual([1234567]);
    expect(values("12,345,678.9")).toEqual([12345678.9]);
    expect(values("3,14")).toEqual([3.14]);
    expect(values("0,125")).toEqual([0.125]);
    expect(values("1234,567")).toEqual([1234.567]);
    expect(values("1\u00a0234,5 €")).toEqual([1234.5]);
    expect(values("1\u202f000\u202f000")).toEqual([1000000]);
    expect(values("1'000'000")).toEqual([1000000]);
  });

  it("settles the one ambiguous form (1,234 / 1.234) by the decimalComma option", () => {
    expect(values("1,234")).toEqual([1234]);
    expect(values("1.234")).toEqual([1.234]);
    expect(values("1,234", true)).toEqual([1.234]);
    expect(values("1.234", true)).toEqual([1234]);
  });

  it("reads signs, fractions, scientific notation, units and percentages", () => {
    expect(values("−3 and -4.5 and +2")).toEqual([-3, -4.5, 2]);
    expect(values("3/4 of 12")).toEqual([0.75, 12]);
    expect(values("\\frac{3}{4}")).toEqual([0.75]);
    expect(values("½")).toEqual([0.5]);
    expect(values("1.5e-3 or 2E+4")).toEqual([0.0015, 20000]);
    expect(values("6.02 × 10^23")).toEqual([6.02e23]);
    expect(values("1.5×10⁻³")).toEqual([0.0015]);
    expect(values("12km, 3 kg, $40")).toEqual([12, 3, 40]);
    expect(findNumbers("45% and 50 por ciento")).toEqual([
      { value: 45, percent: true, text: "45%" },
      { value: 50, percent: true, text: "50 por ciento" },
    ]);
  });

  it("reads other digit systems", () => {
    expect(values("٤٢")).toEqual([42]);
    expect(values("۳٫۵")).toEqual([3.5]);
    expect(values("४२")).toEqual([42]);
    expect(values("２０２４年")).toEqual([2024]);
  });

  it("does not read hyphens, versions or dates as numbers", () => {
    expect(values("GPT-4 won 5-3")).toEqual([4, 5, 3]);
    expect(values("version 1.2.3")).toEqual([]);
    expect(values("on 12/05/2024")).toEqual([]);
    expect(values("forty-two")).toEqual([]);
    expect(values("It costs 5.")).toEqual([5]);
  });
});

describe("parseSingleNumber", () => {
  it("returns the only number of a short text, else undefined", () => {
    expect(parseSingleNumber("42 km")).toMatchObject({ value: 42 });
    expect(parseSingleNumber("45 %")).toMatchObject({ value: 45, percent: true });
    expect(parseSingleNumber("3 to 4")).toBeUndefined();
    expect(parseSingleNumber("none")).toBeUndefined();
  });
});
