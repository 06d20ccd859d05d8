// A context probe as its context_probes row and back, for every SQL backend: the whole result as JSON text.

import type { StoredContextProbe } from "../core/stored-probe.ts";
import { secretFreeJson } from "./secret-free-json.ts";

export interface ProbeRow {
  id: string;
  created_at: number;
  target_id: string;
  provider: string;
  model: string;
  simulated: number;
  result_json: string;
  run_id: string | null;
}

/** A credential in the result throws here, before anything is written. */
export function probeParams(probe: StoredContextProbe): ProbeRow {
  return {
    id: probe.id,
    created_at: probe.createdAt,
    target_id: probe.targetId,
    provider: probe.provider,
    model: probe.model,
    simulated: probe.simulated ? 1 : 0,
    result_json: secretFreeJson(probe.result, `context probe ${probe.id}`),
    run_id: probe.runId ?? null,
  };
}

export function probeFromRow(row: ProbeRow): StoredContextProbe {
  return {
    id: row.id,
    ...(row.run_id === null ? {} : { runId: row.run_id }),
    createdAt: row.created_at,
    targetId: row.target_id,
    provider: row.provider,
    model: row.model,
    simulated: row.simulated === 1,
    result: JSON.parse(row.result_json) as unknown,
  };
}
