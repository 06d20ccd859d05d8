// What a run found beyond its metrics, as stored with it (reports/run-findings.ts): the verdicts of the claims held
// against it, its targets' context probes and the pairwise ratings of its targets. Nothing is recomputed here.

import { loadRunFindings, type RunFindings } from "../../reports/run-findings.ts";
import { requireRun, type DashboardData } from "../dashboard-data.ts";
import { jsonRoute, type RouteHandler } from "../router.ts";

export function findingsRoute(data: DashboardData): RouteHandler {
  return jsonRoute(async ({ params }): Promise<RunFindings> => {
    const run = await requireRun(data, params.id!);
    return loadRunFindings(data.store, run.id);
  });
}
