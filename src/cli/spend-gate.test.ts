import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { confirmationReason, isLargePlan, passSpendGate, spendEstimate, worstCase, type SpendGate } from "./spend-gate.ts";

function gate(overrides: Partial<SpendGate>) {
  const out = new PassThrough();
  let printed = "";
  out.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const run = () => passSpendGate({ estimate: { requests: 10, tokens: 1000, costUsd: 0 }, yes: false, what: "this run", instead: "lower --trials", plan: () => "THE PLAN\n", out, ...overrides });
  return { run, printed: () => printed };
}

describe("spend gate", () => {
  it("sums plan rows, counting unknown prices as nothing", () => {
    expect(spendEstimate([{ requests: 3, inputTokens: 10, outputTokens: 5, costUsd: 0.5 }, { requests: 2, inputTokens: 1, outputTokens: 1 }])).toEqual({ requests: 5, tokens: 17, costUsd: 0.5 });
  });

  it("holds the worst case to the first cap the run would reach", () => {
    const estimate = { requests: 200_000, tokens: 4_000_000, costUsd: 40 };
    expect(worstCase(estimate)).toEqual(estimate);
    expect(worstCase(estimate, { maxCostUsd: 0.5 })).toEqual({ requests: 2500, tokens: 50_000, costUsd: 0.5 });
    expect(worstCase(estimate, { maxRequests: 1000, maxCostUsd: 10 })).toEqual({ requests: 1000, tokens: 20_000, costUsd: 0.2 });
    expect(worstCase(estimate, { maxRequests: 1_000_000 })).toEqual(estimate);
    expect(worstCase(estimate, { maxCostUsd: -1 }).costUsd).toBe(0);
  });

  it("asks for --yes above $1 or above 100,000 requests, and says which", () => {
    expect(confirmationReason({ requests: 100_000, tokens: 0, costUsd: 1 }, "this run")).toBeUndefined();
    expect(confirmationReason({ requests: 10, tokens: 0, costUsd: 1.5 }, "this run")).toBe("this run could cost up to $1.50");
    expect(confirmationReason({ requests: 100_001, tokens: 0, costUsd: 0 }, "this run")).toBe("this run could send up to 100,001 requests");
    expect(confirmationReason({ requests: 200_000, tokens: 0, costUsd: 3 }, "this run")).toBe("this run could cost up to $3.00 in up to 200,000 requests");
  });

  it("calls a plan large above 1,000 requests, 2,000,000 tokens or 10 cents", () => {
    expect(isLargePlan({ requests: 1000, tokens: 2_000_000, costUsd: 0.1 })).toBe(false);
    expect(isLargePlan({ requests: 1001, tokens: 0, costUsd: 0 })).toBe(true);
    expect(isLargePlan({ requests: 0, tokens: 2_000_001, costUsd: 0 })).toBe(true);
    expect(isLargePlan({ requests: 0, tokens: 0, costUsd: 0.11 })).toBe(true);
  });

  it("prints a large plan before refusing, and a small one not at all", () => {
    const small = gate({});
    small.run();
    expect(small.printed()).toBe("");

    const large = gate({ estimate: { requests: 150_000, tokens: 10, costUsd: 0 } });
    expect(large.run).toThrow(ConfigError);
    expect(large.run).toThrow("--yes: this run could send up to 150,000 requests; pass --yes to go ahead, or lower --trials");
    expect(large.printed()).toContain("THE PLAN");

    const confirmed = gate({ estimate: { requests: 150_000, tokens: 10, costUsd: 5 }, yes: true });
    confirmed.run();
    expect(confirmed.printed()).toBe("THE PLAN\n");

    const capped = gate({ estimate: { requests: 150_000, tokens: 10, costUsd: 5 }, caps: { maxRequests: 500 } });
    capped.run();
    expect(capped.printed()).toBe("");
  });
});
