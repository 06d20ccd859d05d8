import { describe, expect, it } from "vitest";
import { countPromptTokens } from "./prompt-tokens.ts";

describe("countPromptTokens", () => {
  it("adds per-message and per-prompt overhead to the contents' tokens", () => {
    expect(countPromptTokens([{ role: "user", content: "the cat" }])).toBe(2 + 3 + 3);
    expect(countPromptTokens([{ role: "system", content: "" }, { role: "user", content: "the cat" }])).toBe(2 + 3 + 3 + 3);
  });
});
