import { describe, expect, it } from "vitest";
import { BudgetTracker } from "./budget-tracker.ts";

describe("BudgetTracker", () => {
  it("stops before a request would pass a cap, counting what earlier sessions spent", () => {
    const budget = new BudgetTracker({ maxRequests: 3 }, { requests: 2, tokens: 0, costUsd: 0 });
    expect(budget.check(10, 0)).toBeUndefined();
    budget.addRequest();
    expect(budget.check(10, 0)).toEqual({ limit: "requests", used: 3, cap: 3 });
  });

  it("checks tokens and cost against estimates of the next request", () => {
    const budget = new BudgetTracker({ maxTokens: 1_000, maxCostUsd: 0.01 });
    budget.addUsage(900, 0.009);
    expect(budget.check(50, 0)).toBeUndefined();
    expect(budget.check(200, 0)).toMatchObject({ limit: "tokens" });
    expect(budget.check(50, 0.002)).toMatchObject({ limit: "cost" });
  });

  it("has no caps unless given", () => {
    const budget = new BudgetTracker({});
    budget.addUsage(1e12, 1e6);
    expect(budget.check(1e9, 1e3)).toBeUndefined();
  });
});
