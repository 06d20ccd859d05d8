// The evidence verdicts are decided from, gathered from the results store: a run's summary (the stored one, or
// computed and stored now) and each target's newest context probe.

import { z } from "zod";
import { ConfigError } from "../core/errors.ts";
import type { ProbeRecords, RunStore } from "../core/run-store.ts";
import type { TargetSpec } from "../core/target.ts";
import { evidenceFromMetrics } from "../claims/evidence-from-metrics.ts";
import type { Evidence, ProbeEvidence } from "../claims/evidence.ts";
import type { RunParts } from "../metrics/summarize-run.ts";
import { freshRunMetrics, storeRunMetrics } from "./run-metrics.ts";

/** How many stored probes to look through for a target's newest: bounded so the lookup stays instant. */
const PROBES_SEARCHED = 200;

/** `probes`, when given, adds each target's newest context probe. */
export async function evidenceFromRun(store: RunStore, runId: string, run: RunParts, probes?: ProbeRecords): Promise<Evidence> {
  const stored = await store.getRun(runId);
  const metrics = (stored && (await freshRunMetrics(store, stored))) ?? (await storeRunMetrics(store, runId, run));
  const found = new Map<string, ProbeEvidence>();
  for (const target of run.targets) {
    const probe = probes && (await probeEvidence(probes, target));
    if (probe) found.set(target.id, probe);
  }
  return evidenceFromMetrics(metrics, { runId, targets: run.targets, tasks: run.tasks, trials: run.trials }, found);
}

const storedProbeSchema = z.object({
  acceptedTokens: z.number(),
  rejectedAboveTokens: z.number().optional(),
  maxLocalTokens: z.number(),
  tokenRatio: z.number().optional(),
  truncation: z.object({ side: z.enum(["none", "front", "middle", "back", "unknown"]), keptTokens: z.number().optional() }),
  calls: z.number(),
});

/** The newest stored probe of this target (by id, else by provider and model), read in host tokens. */
export async function probeEvidence(probes: ProbeRecords, target: Pick<TargetSpec, "id" | "provider" | "model">): Promise<ProbeEvidence | undefined> {
  const stored = (await probes.listProbes(PROBES_SEARCHED)).find((probe) => probe.targetId === target.id || (probe.provider === target.provider && probe.model === target.model));
  if (!stored) return undefined;
  const parsed = storedProbeSchema.safeParse(stored.result);
  if (!parsed.success) throw new ConfigError(`context probe ${stored.id} was stored by an incompatible version of realitycheck`);
  const result = parsed.data;
  return {
    id: stored.id,
    acceptedTokens: result.acceptedTokens,
    rejectedAboveTokens: result.rejectedAboveTokens,
    largestAskedTokens: Math.round(result.maxLocalTokens * (result.tokenRatio ?? 1)),
    truncationSide: result.truncation.side,
    keptTokens: result.truncation.keptTokens,
    calls: result.calls,
  };
}
