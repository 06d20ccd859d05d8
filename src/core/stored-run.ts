// The shapes a RunStore takes and gives back: a run as created, as stored, as listed, and a stored sample.

import type { RunStatus } from "./events.ts";
import type { RunLease } from "./run-lease.ts";
import type { Item, Metadata } from "./item.ts";
import type { SampleStatus } from "./sample.ts";
import type { TargetSpec } from "./target.ts";
import type { ScoredSample } from "./task.ts";

/** What resume needs to rebuild a task besides its items. */
export interface RunTaskSpec {
  id: string;
  family: string;
  params: Metadata;
  groupBy: string[];
}

/** Who started a run and on which machine: a team's shared store lists them. */
export interface RunOrigin {
  user: string;
  host: string;
}

export interface NewRun {
  id: string;
  createdAt: number;
  /** Absent for runs stored before origins were kept, or copied from such a store. */
  origin?: RunOrigin;
  seed: number;
  /** The whole run spec, enough to rebuild the run on resume. Must hold no secrets (checked on write). */
  spec: unknown;
  targets: TargetSpec[];
  tasks: RunTaskSpec[];
  items: { taskId: string; item: Item }[];
}

export interface StoredRun {
  id: string;
  createdAt: number;
  /** When the status last changed. */
  updatedAt: number;
  status: RunStatus;
  origin?: RunOrigin;
  seed: number;
  spec: unknown;
  /** True when any target is the provider simulator. */
  simulated: boolean;
  /** In the order given at creation. */
  targets: TargetSpec[];
  tasks: RunTaskSpec[];
  /** Who is executing the run, live or lapsed (see runState); undefined when nobody took it. */
  lease?: RunLease;
}

export interface RunSummary {
  id: string;
  createdAt: number;
  status: RunStatus;
  origin?: RunOrigin;
  targets: string[];
  tasks: string[];
  done: number;
  errors: number;
  simulated: boolean;
  /** As StoredRun.lease. */
  lease?: RunLease;
}

export interface SampleFilter {
  targetId?: string;
  taskId?: string;
  status?: SampleStatus;
}

export interface StoredSample extends ScoredSample {
  finishedAt: number;
}

export interface SampleCount {
  targetId: string;
  taskId: string;
  done: number;
  errors: number;
}
