// What a context probe is asked to do, with its defaults, checked once for both the probe and its cost estimate.

import { ConfigError } from "../../core/errors.ts";
import { MIN_PROBE_TOKENS } from "./narrow-bracket.ts";

export interface ProbeContextOptions {
  /** First size asked, in local tokens (default 4096). */
  startTokens?: number;
  /** Largest size asked, in local tokens (see defaultMaxTokens). */
  maxTokens: number;
  /** Searches stop when the gap between the sizes either side of a boundary is at most this share (default 0.01). */
  precision?: number;
  /** The context window the vendor or a claim file states, in the host's tokens. */
  claimedTokens?: number;
}

export type ResolvedProbeOptions = Required<Omit<ProbeContextOptions, "claimedTokens">> & Pick<ProbeContextOptions, "claimedTokens">;

export const DEFAULT_START_TOKENS = 4096;
export const DEFAULT_PRECISION = 0.01;
/** The ceiling when nothing is claimed: past the largest windows announced so far (10M). */
export const UNCLAIMED_MAX_TOKENS = 16 * 1024 * 1024;
/** How far past a claim to look, so a host that accepts more than claimed shows it, without pricing a search far past it. */
export const PAST_CLAIM_FACTOR = 1.25;

export function defaultMaxTokens(claimedTokens?: number): number {
  return claimedTokens === undefined ? UNCLAIMED_MAX_TOKENS : Math.ceil(claimedTokens * PAST_CLAIM_FACTOR);
}

export function resolveProbeOptions(options: ProbeContextOptions): ResolvedProbeOptions {
  const resolved = {
    startTokens: options.startTokens ?? DEFAULT_START_TOKENS,
    maxTokens: options.maxTokens,
    precision: options.precision ?? DEFAULT_PRECISION,
    claimedTokens: options.claimedTokens,
  };
  for (const field of ["startTokens", "maxTokens"] as const) {
    const value = resolved[field];
    if (!Number.isInteger(value) || value < MIN_PROBE_TOKENS) {
      throw new ConfigError(`must be a whole number of at least ${MIN_PROBE_TOKENS} tokens, got ${value}`, field);
    }
  }
  if (!(resolved.precision > 0 && resolved.precision <= 0.5)) {
    throw new ConfigError(`must be above 0 and at most 0.5, got ${resolved.precision}`, "precision");
  }
  if (resolved.claimedTokens !== undefined && !(resolved.claimedTokens > 0)) {
    throw new ConfigError(`must be positive, got ${resolved.claimedTokens}`, "claimedTokens");
  }
  return resolved;
}
