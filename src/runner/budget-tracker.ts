// Counts what a run has spent (requests, tokens, estimated dollars) against its caps, including what earlier sessions of the run spent.

import type { BudgetLimit } from "../core/events.ts";

export interface BudgetCaps {
  maxRequests?: number;
  maxTokens?: number;
  maxCostUsd?: number;
}

export interface Spent {
  requests: number;
  tokens: number;
  costUsd: number;
}

export interface BudgetBreach {
  limit: BudgetLimit;
  used: number;
  cap: number;
}

export class BudgetTracker {
  private readonly spent: Spent;

  constructor(
    private readonly caps: BudgetCaps,
    already: Spent = { requests: 0, tokens: 0, costUsd: 0 },
  ) {
    this.spent = { ...already };
  }

  /** Would one more request of about this size break a cap? Checked before sending, so a run stops under its caps. */
  check(estimatedTokens: number, estimatedCostUsd: number): BudgetBreach | undefined {
    const { maxRequests, maxTokens, maxCostUsd } = this.caps;
    if (maxRequests !== undefined && this.spent.requests + 1 > maxRequests) return { limit: "requests", used: this.spent.requests, cap: maxRequests };
    if (maxTokens !== undefined && this.spent.tokens + estimatedTokens > maxTokens) return { limit: "tokens", used: this.spent.tokens, cap: maxTokens };
    if (maxCostUsd !== undefined && this.spent.costUsd + estimatedCostUsd > maxCostUsd) return { limit: "cost", used: this.spent.costUsd, cap: maxCostUsd };
    return undefined;
  }

  addRequest(): void {
    this.spent.requests++;
  }

  addUsage(tokens: number, costUsd: number): void {
    this.spent.tokens += tokens;
    this.spent.costUsd += costUsd;
  }

  snapshot(): Spent {
    return { ...this.spent };
  }
}
