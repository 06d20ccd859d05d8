import { describe, expect, it } from "vitest";
import { shortenMiddle } from "./shorten-middle.ts";

describe("shortenMiddle", () => {
  it("keeps both ends of a long model id and exactly the width asked", () => {
    const id = "groq:meta-llama/llama-4-scout-17b-16e-instruct";
    const short = shortenMiddle(id, 24);
    expect(short).toBe("groq:meta-ll…6e-instruct");
    expect(short).toHaveLength(24);
    expect(shortenMiddle(id, id.length)).toBe(id);
    expect(shortenMiddle("abc", 1)).toBe("a");
  });
});
