// realitycheck probe-context for one target: the largest prompt the host accepts, whether and where it cuts longer
// prompts silently, and how its token counts compare with ours. "Claimed X / accepted Y / kept Z / effective W".

import { searchAcceptedLimit } from "./accepted-limit.ts";
import type { ProbeIo } from "./probe-io.ts";
import { ProbeLog, type ProbeStep } from "./probe-log.ts";
import { type ProbeContextOptions, resolveProbeOptions } from "./probe-options.ts";
import { checkSilentTruncation, type TruncationFinding } from "./silent-truncation.ts";

export interface ContextProbeResult {
  /** The window the vendor or a claim file states, in host tokens. */
  claimedTokens?: number;
  /** The largest prompt accepted, in host tokens (the host's count when it reports one, else ours scaled by tokenRatio). */
  acceptedTokens: number;
  acceptedLocalTokens: number;
  /** The smallest prompt rejected, in host tokens; undefined when nothing up to maxLocalTokens was: acceptedTokens is then a lower bound. */
  rejectedAboveTokens?: number;
  /** The limit the host stated in its context error, when it stated one. */
  statedLimitTokens?: number;
  /** The largest size the probe was allowed to ask, in local tokens. */
  maxLocalTokens: number;
  truncation: TruncationFinding;
  /** Host prompt tokens per local token, when the host reports counts. */
  tokenRatio?: number;
  /** The longest length a niah run found the model still reliable at; filled in from that run, never by the probe. */
  effectiveTokens?: number;
  calls: number;
  steps: ProbeStep[];
}

export async function probeContext(io: ProbeIo, options: ProbeContextOptions): Promise<ContextProbeResult> {
  const resolved = resolveProbeOptions(options);
  const log = new ProbeLog(io);
  const limit = await searchAcceptedLimit(log, resolved);
  const truncation = await checkSilentTruncation(log, limit.largest, resolved.precision);
  return {
    claimedTokens: resolved.claimedTokens,
    acceptedTokens: log.hostTokens(limit.largest),
    acceptedLocalTokens: limit.largest.localTokens,
    rejectedAboveTokens: limit.rejectedAbove === undefined ? undefined : log.toHostTokens(limit.rejectedAbove),
    statedLimitTokens: limit.statedLimitTokens,
    maxLocalTokens: resolved.maxTokens,
    truncation,
    tokenRatio: log.tokenRatio(),
    calls: log.steps.length,
    steps: log.steps,
  };
}
