import { describe, expect, it } from "vitest";
import { fencedUntrusted } from "../judging/judge-prompts.ts";
import { fencedBlock } from "./fenced-block.ts";

describe("fenced block", () => {
  it("reads the text a judge prompt fences, even when the text holds a fence of its own", () => {
    const answer = "Here is code:\n```js\nlet x = 1;\n```\nDone.";
    const prompt = [fencedUntrusted("QUESTION", "Show code."), fencedUntrusted("ANSWER A", answer), fencedUntrusted("ANSWER B", "No.")].join("\n\n");
    expect(fencedBlock(prompt, "ANSWER A")).toBe(answer);
    expect(fencedBlock(prompt, "ANSWER B")).toBe("No.");
    expect(fencedBlock(prompt, "QUESTION")).toBe("Show code.");
    expect(fencedBlock(prompt, "ANSWER")).toBeUndefined();
  });
});
