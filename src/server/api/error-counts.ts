// A run's errors per target and kind as the run page lists them: samples that ended in the error beside the attempts
// that failed with it (retried or not), sample-ending kinds first.

import type { ErrorKind } from "../../core/errors.ts";
import type { AttemptErrorCount, SampleStats } from "../../core/run-overview.ts";

export interface ErrorCount {
  targetId: string;
  errorKind: ErrorKind | "unknown";
  /** Samples that ended in this error. */
  samples: number;
  /** Attempts that failed with it (retried or not). */
  attempts: number;
}

export function errorCounts(errorSamples: SampleStats["errorSamples"], failedAttempts: readonly AttemptErrorCount[]): ErrorCount[] {
  const byKey = new Map<string, ErrorCount>();
  const entry = (targetId: string, kind: string | null) => {
    const errorKind = (kind ?? "unknown") as ErrorCount["errorKind"];
    const key = `${targetId}\u0000${errorKind}`;
    let count = byKey.get(key);
    if (!count) byKey.set(key, (count = { targetId, errorKind, samples: 0, attempts: 0 }));
    return count;
  };
  for (const e of errorSamples) entry(e.targetId, e.errorKind).samples += e.samples;
  for (const a of failedAttempts) entry(a.targetId, a.errorKind).attempts += a.attempts;
  return [...byKey.values()].sort((a, b) => a.targetId.localeCompare(b.targetId) || b.samples - a.samples || b.attempts - a.attempts || a.errorKind.localeCompare(b.errorKind));
}
