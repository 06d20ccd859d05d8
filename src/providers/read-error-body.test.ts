import { describe, expect, it } from "vitest";
import { readErrorBody } from "./read-error-body.ts";

describe("readErrorBody", () => {
  it("trusts a structured code even when the text says nothing useful", () => {
    const facts = readErrorBody(JSON.stringify({ error: { message: "Bad request", code: "context_length_exceeded" } }));
    expect(facts).toMatchObject({ code: "context_length_exceeded", contextLengthExceeded: true, limitTokens: undefined });
  });

  it("prefers n_ctx over numbers in the text", () => {
    const facts = readErrorBody({ error: { type: "exceed_context_size_error", message: "maximum context length is 4096", n_ctx: 8192 } });
    expect(facts.limitTokens).toBe(8192);
  });

  it("reads plain-text and string-error bodies", () => {
    expect(readErrorBody("upstream connect error").message).toBe("upstream connect error");
    expect(readErrorBody('{"error":"model \\"x\\" not found"}').message).toBe('model "x" not found');
    expect(readErrorBody(undefined)).toMatchObject({ message: "", contextLengthExceeded: false, contentFiltered: false, invalidKey: false });
  });

  it("ignores fields of the wrong type instead of failing", () => {
    const facts = readErrorBody({ error: { message: 42, code: null, type: ["x"], details: "none" } });
    expect(facts).toMatchObject({ code: undefined, type: undefined, contextLengthExceeded: false });
  });
});
