import { describe, expect, it } from "vitest";
import { scrubStrings, secretScrubber } from "./scrub-secrets.ts";

const KEY = "sk-planted-0123456789abcdefghijklmnop";

describe("secretScrubber", () => {
  const scrub = secretScrubber([KEY, "short"]);

  it("removes the keys in use wherever they appear, and never a short one", () => {
    expect(scrub(`your key is ${KEY}, really ${KEY}!`)).toBe("your key is [redacted], really [redacted]!");
    expect(scrub("a short answer")).toBe("a short answer");
  });

  it("removes key-shaped values of auth headers and URL passwords, whoever's key they are", () => {
    expect(scrub("Authorization: Bearer abcdefgh12345678XYZ")).toBe("Authorization: Bearer [redacted]");
    expect(scrub('{"authorization":"Basic dXNlcjpwYXNzd29yZA=="}')).toBe('{"authorization":"Basic [redacted]"}');
    expect(scrub("x-api-key: AIzaSyD-1234567890abcdef")).toBe("x-api-key: [redacted]");
    expect(scrub("send it with bearer eyJhbGciOiJIUzI1NiJ9.payload.sig")).toBe("send it with bearer [redacted]");
    expect(scrub("fetch https://me:hunter2hunter2@llm.example/v1 failed")).toBe("fetch https://[redacted]@llm.example/v1 failed");
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["The authorization was granted in 1998.", "Bearer bonds are unregistered.", "mail me@example.com or see https://example.com/a@b"]) {
      expect(scrub(text)).toBe(text);
    }
  });
});

describe("scrubStrings", () => {
  const scrub = secretScrubber([KEY]);

  it("scrubs every string in nested data, keeping everything else", () => {
    const write = { kind: "sample", n: 3, ok: true, none: null, result: { text: `echo ${KEY}`, usage: { inputTokens: 5 } }, tags: ["a", KEY] };
    expect(scrubStrings(write, scrub)).toEqual({ kind: "sample", n: 3, ok: true, none: null, result: { text: "echo [redacted]", usage: { inputTokens: 5 } }, tags: ["a", "[redacted]"] });
  });

  it("hands back the same objects when there is nothing to scrub", () => {
    const clean = { a: [{ b: "text" }], c: 1 };
    expect(scrubStrings(clean, scrub)).toBe(clean);
  });
});
