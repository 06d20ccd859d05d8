import { describe, expect, it } from "vitest";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";
import { NOISE_LINES, repeatedNoise } from "./repeated-noise.ts";

describe("repeatedNoise", () => {
  it("repeats the same lines in every chunk, without end", () => {
    const noise = repeatedNoise();
    const first = noise.chunk(0) ?? "";
    expect(first.startsWith(`${NOISE_LINES} ${NOISE_LINES}`)).toBe(true);
    expect(first.endsWith(NOISE_LINES)).toBe(true);
    expect(noise.chunk(1_000_000)).toBe(first);
    expect(countSimulatedTokens(first)).toBeGreaterThan(300);
    expect(countSimulatedTokens(first)).toBeLessThan(600);
    expect(noise.id).toBe(repeatedNoise().id);
  });
});
