import { describe, expect, it } from "vitest";
import { ContextLengthExceededError, RateLimitedError } from "../../core/errors.ts";
import { rejectionFrom } from "./probe-io.ts";

describe("rejectionFrom", () => {
  it("turns a context-length error into a rejected reply with the stated limit", () => {
    const error = new ContextLengthExceededError("too long", { limitTokens: 8192 });
    expect(rejectionFrom(error)).toEqual({ accepted: false, limitTokens: 8192, message: "too long" });
  });

  it("rethrows every other failure", () => {
    const error = new RateLimitedError("slow down");
    expect(() => rejectionFrom(error)).toThrow(error);
  });
});
