import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "./escape.ts";

describe("escapeHtml", () => {
  it("turns markup into text, in elements and attributes", () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)"> & 'q'`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;");
    expect(escapeHtml("plain text")).toBe("plain text");
  });
});

describe("jsonForScript", () => {
  it("cannot close its script element and parses back to the same value", () => {
    const value = { text: "</script><script>alert(1)</script><!-- & \u2028" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
