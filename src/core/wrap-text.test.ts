import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap-text.ts";

describe("wrapText", () => {
  it("breaks at spaces within the width, indents the continuation and keeps the first line's own indent", () => {
    expect(wrapText("  one two three four five", 12, "    ")).toEqual(["  one two", "    three", "    four", "    five"]);
    expect(wrapText("short", 12)).toEqual(["short"]);
  });

  it("cuts a word longer than a line instead of letting it overflow", () => {
    const lines = wrapText("see /a/very/long/path/to/a/report.html now", 16);
    expect(lines.every((line) => line.length <= 16)).toBe(true);
    expect(lines.join("").replace(/ +/g, "")).toBe("see/a/very/long/path/to/a/report.htmlnow");
  });
});
