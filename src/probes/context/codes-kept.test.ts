import { describe, expect, it } from "vitest";
import { codesKept } from "./codes-kept.ts";

const codes = { start: "QX-4417", middle: "BL-2093", end: "RT-7750" };

describe("codesKept", () => {
  it("finds codes written with other case, spacing or dashes", () => {
    expect(codesKept("The codes are qx 4417 and BL–2093.", codes)).toEqual({ start: true, middle: true, end: false });
  });

  it("finds none in a reply without them", () => {
    expect(codesKept("I don't know.", codes)).toEqual({ start: false, middle: false, end: false });
  });
});
