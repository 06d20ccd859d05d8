import { describe, expect, it } from "vitest";
import { assistAnswer, MAX_REQUEST_CHARS } from "./assist-solver.ts";

describe("assist solver", () => {
  it("gives a short helpful reply in the request's language, the same one for the same request", () => {
    const reply = assistAnswer("How do I start learning to paint with watercolours?")!;
    expect(reply).toMatch(/^(?:Here is a practical way|The usual approach)/u);
    expect(assistAnswer("How do I start learning to paint with watercolours?")).toBe(reply);
    expect(assistAnswer("¿Cómo empiezo a aprender a pintar con acuarelas?")).toMatch(/^(?:Esta es una forma|El enfoque habitual)/u);
  });

  it("leaves empty prompts and documents to the other rules", () => {
    expect(assistAnswer("   ")).toBeUndefined();
    expect(assistAnswer("x".repeat(MAX_REQUEST_CHARS + 1))).toBeUndefined();
  });
});
