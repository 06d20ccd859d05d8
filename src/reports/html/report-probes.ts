// Context probes of a run's targets (probe-context stores them beside runs): the newest per target, read back from
// stored JSON with a loose schema naming only the fields a report prints.

import { z } from "zod";
import type { StoredContextProbe } from "../../core/stored-probe.ts";

export interface ReportProbe {
  id: string;
  createdAt: number;
  targetId: string;
  simulated: boolean;
  claimedTokens?: number;
  acceptedTokens: number;
  /** Undefined when nothing up to the probe's ceiling was rejected: acceptedTokens is then a lower bound. */
  rejectedAboveTokens?: number;
  /** none | front | middle | back | unknown */
  truncation: string;
  keptTokens?: number;
  evidence: string;
  effectiveTokens?: number;
}

const probeResultSchema = z.object({
  claimedTokens: z.number().optional(),
  acceptedTokens: z.number(),
  rejectedAboveTokens: z.number().optional(),
  effectiveTokens: z.number().optional(),
  truncation: z.object({ side: z.string(), keptTokens: z.number().optional(), evidence: z.string() }),
});

/** `probes` newest first (as RunStore.listProbes gives them); probes stored by another version are skipped. */
export function latestProbes(probes: readonly StoredContextProbe[], targetIds: readonly string[]): ReportProbe[] {
  const found = new Map<string, ReportProbe>();
  for (const probe of probes) {
    if (!targetIds.includes(probe.targetId) || found.has(probe.targetId)) continue;
    const parsed = probeResultSchema.safeParse(probe.result);
    if (!parsed.success) continue;
    const result = parsed.data;
    found.set(probe.targetId, {
      id: probe.id,
      createdAt: probe.createdAt,
      targetId: probe.targetId,
      simulated: probe.simulated,
      claimedTokens: result.claimedTokens,
      acceptedTokens: result.acceptedTokens,
      rejectedAboveTokens: result.rejectedAboveTokens,
      truncation: result.truncation.side,
      keptTokens: result.truncation.keptTokens,
      evidence: result.truncation.evidence,
      effectiveTokens: result.effectiveTokens,
    });
  }
  return targetIds.flatMap((id) => found.get(id) ?? []);
}
