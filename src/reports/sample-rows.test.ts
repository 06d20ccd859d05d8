import { describe, expect, it } from "vitest";
import { csvField } from "./sample-rows.ts";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
    expect(csvField(0.5)).toBe("0.5");
    expect(csvField(false)).toBe("false");
  });

  it("defuses model output that a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1+1")).toBe("'+1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
  });
});
