// The largest prompt a host accepts: grow until a size is rejected (x4 while far below the ceiling, then x2), then
// narrow the gap between the last accepted and the first rejected size, jumping to a limit the host states.

import { ContextLengthExceededError } from "../../core/errors.ts";
import { narrowBracket, shrinkUntilGood } from "./narrow-bracket.ts";
import type { AcceptedStep, ProbeLog } from "./probe-log.ts";

export interface AcceptedLimitOptions {
  startTokens: number;
  maxTokens: number;
  precision: number;
  /** The window the vendor claims: growth slows to x2 once the next x4 step would pass it. */
  claimedTokens?: number;
}

export interface AcceptedLimit {
  /** The largest accepted ask. */
  largest: AcceptedStep;
  /** The smallest rejected size in local tokens; undefined when every size up to maxTokens was accepted. */
  rejectedAbove?: number;
  /** The limit the host's last context error stated, in its own tokens. */
  statedLimitTokens?: number;
}

/** The sizes asked while growing, in order: start, then x4 while that stays within the claim (or max), then x2, capped at max. */
export function growthSizes(startTokens: number, maxTokens: number, claimedTokens?: number): number[] {
  const far = claimedTokens ?? maxTokens;
  const sizes = [Math.min(startTokens, maxTokens)];
  for (let size = sizes[0] as number; size < maxTokens; ) {
    size = Math.min(maxTokens, size * 4 <= far ? size * 4 : size * 2);
    sizes.push(size);
  }
  return sizes;
}

/** Throws ContextLengthExceededError when even the smallest size tried is rejected. */
export async function searchAcceptedLimit(log: ProbeLog, options: AcceptedLimitOptions): Promise<AcceptedLimit> {
  const found: { largest?: AcceptedStep; rejectedAbove?: number; statedLimitTokens?: number } = {};
  const isAccepted = async (tokens: number): Promise<boolean> => {
    const step = await log.ask(tokens, "limit");
    if (step.accepted) {
      if (found.largest === undefined || tokens > found.largest.requestedTokens) found.largest = step;
      return true;
    }
    found.statedLimitTokens = step.statedLimitTokens ?? found.statedLimitTokens;
    found.rejectedAbove = Math.min(found.rejectedAbove ?? tokens, tokens);
    return false;
  };

  for (const size of growthSizes(options.startTokens, options.maxTokens, options.claimedTokens)) {
    if (!(await isAccepted(size))) break;
  }
  if (found.largest === undefined && found.rejectedAbove !== undefined) await shrinkUntilGood(found.rejectedAbove, isAccepted);
  if (found.largest === undefined) {
    const smallest = found.rejectedAbove ?? options.startTokens;
    throw new ContextLengthExceededError(`the host rejected every prompt tried as too long, down to ${smallest} tokens`, {
      limitTokens: found.statedLimitTokens,
    });
  }
  if (found.rejectedAbove !== undefined) {
    await narrowBracket(
      { good: found.largest.requestedTokens, bad: found.rejectedAbove },
      {
        precision: options.precision,
        isGood: isAccepted,
        // The host states its limit in its own tokens; the accepted ask nearest to it converts best.
        statedBoundary: () => (found.statedLimitTokens === undefined ? undefined : found.statedLimitTokens * log.localPerHostToken(found.largest)),
      },
    );
  }
  return { largest: found.largest, rejectedAbove: found.rejectedAbove, statedLimitTokens: found.statedLimitTokens };
}
