// The one spend gate every command that sends passes before its first request: a large plan is shown first, and
// above $1 or 100,000 requests nothing is sent without --yes. Budget caps bound the worst case, so a capped run passes.

import { ConfigError } from "../core/errors.ts";

/** What a command would send at most: requests, tokens (input and output) and dollars (unknown prices count 0). */
export interface SpendEstimate {
  requests: number;
  tokens: number;
  costUsd: number;
}

export interface SpendCaps {
  maxRequests?: number;
  maxTokens?: number;
  maxCostUsd?: number;
}

/** Above any of these the plan is printed before anything is sent. */
export const SHOW_PLAN_ABOVE: SpendEstimate = { requests: 1_000, tokens: 2_000_000, costUsd: 0.1 };
/** Above either of these nothing is sent without --yes. */
export const CONFIRM_ABOVE = { requests: 100_000, costUsd: 1 };

export interface SpendGate {
  estimate: SpendEstimate;
  /** The command's budget (what is left of it, on resume): the worst case is never above it. */
  caps?: SpendCaps;
  yes: boolean;
  /** The work, as the refusal names it ("this run", "judging run X"). */
  what: string;
  /** The cheaper way out the refusal suggests ("lower --trials"). */
  instead: string;
  /** The plan, printed when the worst case is above a SHOW_PLAN_ABOVE threshold; omitted by commands that always print theirs. */
  plan?: () => string;
  out: NodeJS.WritableStream;
}

/** Sums plan rows (targets', judges', a probe's) into one estimate. */
export function spendEstimate(rows: readonly { requests: number; inputTokens: number; outputTokens: number; costUsd?: number }[]): SpendEstimate {
  const estimate = { requests: 0, tokens: 0, costUsd: 0 };
  for (const row of rows) {
    estimate.requests += row.requests;
    estimate.tokens += row.inputTokens + row.outputTokens;
    estimate.costUsd += row.costUsd ?? 0;
  }
  return estimate;
}

/**
 * The estimate held to the caps: a run stops before any cap would be passed, so the first cap it would reach bounds
 * all it spends (requests, tokens and dollars shrink together, at the plan's own rates).
 */
export function worstCase(estimate: SpendEstimate, caps: SpendCaps = {}): SpendEstimate {
  const share = (cap: number | undefined, planned: number) => (cap === undefined || planned <= cap ? 1 : Math.max(0, cap) / planned);
  const f = Math.min(share(caps.maxRequests, estimate.requests), share(caps.maxTokens, estimate.tokens), share(caps.maxCostUsd, estimate.costUsd));
  return { requests: Math.ceil(estimate.requests * f), tokens: Math.ceil(estimate.tokens * f), costUsd: estimate.costUsd * f };
}

/** Why --yes is needed for this worst case, or undefined when it is not. */
export function confirmationReason(worst: SpendEstimate, what: string): string | undefined {
  const costly = worst.costUsd > CONFIRM_ABOVE.costUsd;
  const many = worst.requests > CONFIRM_ABOVE.requests;
  if (!costly && !many) return undefined;
  const requests = `${worst.requests.toLocaleString("en")} requests`;
  if (costly) return `${what} could cost up to $${worst.costUsd.toFixed(2)}${many ? ` in up to ${requests}` : ""}`;
  return `${what} could send up to ${requests}`;
}

export function isLargePlan(worst: SpendEstimate): boolean {
  return worst.requests > SHOW_PLAN_ABOVE.requests || worst.tokens > SHOW_PLAN_ABOVE.tokens || worst.costUsd > SHOW_PLAN_ABOVE.costUsd;
}

/** Prints the plan when it is large, then throws a ConfigError (exit 2, nothing sent) when --yes is needed and missing. */
export function passSpendGate(gate: SpendGate): void {
  const worst = worstCase(gate.estimate, gate.caps);
  if (gate.plan && isLargePlan(worst)) gate.out.write(gate.plan());
  const reason = confirmationReason(worst, gate.what);
  if (reason && !gate.yes) throw new ConfigError(`${reason}; pass --yes to go ahead, or ${gate.instead}`, "--yes");
}
