// Reopens a stored run as tasks and targets, rebuilt from its spec and stored items (no dataset file or network needed).

import { ConfigError } from "../core/errors.ts";
import { isAgreementRunSpec } from "../core/agreement-run-spec.ts";
import { runSpecSchema, type RunSpec } from "../core/run-spec.ts";
import type { JudgeResolver } from "../core/judge.ts";
import type { RunRecords } from "../core/run-store.ts";
import type { StoredRun } from "../core/stored-run.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { buildTasks } from "../families/build-tasks.ts";
import { readOnlyJudges } from "./judge-models.ts";

export interface LoadedRun {
  run: StoredRun;
  spec: RunSpec;
  tasks: Task[];
  targets: TargetSpec[];
}

/** `judges` gives the judges of a run that will score again (resume); readers get judges that are never called. */
export async function loadStoredRun(store: RunRecords, runRef: string, cwd: string, judges?: (spec: RunSpec) => JudgeResolver): Promise<LoadedRun> {
  const runId = await store.resolveRunId(runRef);
  const run = (await store.getRun(runId))!;
  if (isAgreementRunSpec(run.spec)) throw new ConfigError(`run ${runId} holds the judge requests of an agreement, not samples: run agreement again to see its labels (served from the cache)`);
  const parsed = runSpecSchema.safeParse(run.spec);
  if (!parsed.success) throw new ConfigError(`run ${runId} was stored by an incompatible version of realitycheck`);
  const spec = parsed.data;
  const items = await Promise.all(run.tasks.map((task) => store.loadItems(runId, task.id)));
  const tasks = await buildTasks(spec, cwd, {
    storedItems: (index) => items[index],
    storedParams: (index) => run.tasks[index]?.params,
    judge: judges?.(spec) ?? readOnlyJudges,
  });
  return { run, spec, tasks, targets: spec.targets as TargetSpec[] };
}
