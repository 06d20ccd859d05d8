// Holds a run's lease while a session executes it: claimed before the first request, renewed on a heartbeat, given up
// when the session closes. A run another live process holds is refused with that process's pid and host; a holder on
// this machine whose process is gone (kill -9) is taken over at once, one elsewhere once its lease lapses. Queue workers
// share one session, so the pid it names is only the last worker to join: it is never taken over before it lapses.

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../core/clock.ts";
import { ConfigError, RunLeasedError } from "../core/errors.ts";
import type { HeldLease, LeaseHolder, RunLeases } from "../core/run-lease.ts";
import { isQueueSession } from "./queued-run-leases.ts";

export interface LeaseSettings {
  /** A holder that has not renewed for this long is taken to be gone. */
  ttlMs: number;
  heartbeatMs: number;
}

export const DEFAULT_LEASE: LeaseSettings = { ttlMs: 30_000, heartbeatMs: 10_000 };

/** REALITYCHECK_LEASE_SECONDS sets the lease's length (tests make it short); the heartbeat renews it three times in it. */
export function leaseSettings(env: Record<string, string | undefined>): LeaseSettings {
  const raw = env.REALITYCHECK_LEASE_SECONDS;
  if (raw === undefined) return DEFAULT_LEASE;
  const seconds = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(seconds) || seconds < 0.1 || seconds > 3600) {
    throw new ConfigError(`expected seconds between 0.1 and 3600, got "${raw}"`, "REALITYCHECK_LEASE_SECONDS");
  }
  return { ttlMs: seconds * 1000, heartbeatMs: (seconds * 1000) / 3 };
}

export interface LeaseKeeperDeps {
  store: RunLeases;
  /** Epoch ms: other processes compare the lease's times with theirs. */
  clock: Pick<Clock, "now">;
  settings: LeaseSettings;
  /** This process, unless a test says otherwise. */
  holder?: LeaseHolder;
  /** Whether a process of this machine is still there. */
  isAlive?: (pid: number) => boolean;
  /** Calls `beat` every `ms` until the returned function is called; an unref'd setInterval by default. */
  every?: (ms: number, beat: () => void) => () => void;
}

export class RunLeaseKeeper {
  /** Why the lease was lost (taken over after it lapsed, or a renewal failed); the session must stop writing. */
  lost?: unknown;
  /** Told once when the lease is lost. */
  onLost?: (error: unknown) => void;
  private readonly stopBeating: () => void;
  private released = false;

  private constructor(
    readonly runId: string,
    private readonly session: string,
    private readonly deps: LeaseKeeperDeps,
  ) {
    this.stopBeating = (deps.every ?? everyMs)(deps.settings.heartbeatMs, () => void this.renew());
  }

  /** Claims the run's lease for this session; a RunLeasedError names the live process that holds it. */
  static async claim(runId: string, deps: LeaseKeeperDeps): Promise<RunLeaseKeeper> {
    const holder = deps.holder ?? { pid: process.pid, host: hostname() };
    const session = randomUUID();
    const claim = { ...holder, session };
    const { clock, settings, store } = deps;
    let result = await store.acquireLease(runId, claim, clock.now(), settings.ttlMs);
    if (!result.acquired && result.holder.host === holder.host && !isQueueSession(result.holder.session) && !(deps.isAlive ?? processAlive)(result.holder.pid)) {
      result = await store.acquireLease(runId, claim, clock.now(), settings.ttlMs, result.holder.session);
    }
    if (!result.acquired) throw refusal(runId, result.holder, clock.now(), settings);
    return new RunLeaseKeeper(runId, session, deps);
  }

  /** Stops the heartbeat and gives the lease up (when still held). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.stopBeating();
    await this.deps.store.releaseLease(this.runId, this.session);
  }

  private async renew(): Promise<void> {
    if (this.released || this.lost !== undefined) return;
    try {
      if (await this.deps.store.renewLease(this.runId, this.session, this.deps.clock.now(), this.deps.settings.ttlMs)) return;
      const holder = await this.deps.store.getLease(this.runId);
      this.lose(new RunLeasedError(`run ${this.runId} was taken over${holder ? ` by pid ${holder.pid} on ${holder.host}` : ""} while this process was not renewing its lease; it stops here`, holder ?? { pid: 0, host: "" }));
    } catch (error) {
      this.lose(error);
    }
  }

  private lose(error: unknown): void {
    this.lost = error;
    this.stopBeating();
    this.onLost?.(error);
  }
}

function refusal(runId: string, holder: HeldLease, now: number, settings: LeaseSettings): RunLeasedError {
  const ago = Math.max(0, Math.round((now - holder.heartbeatAt) / 1000));
  const lapse = Math.round(settings.ttlMs / 1000);
  return new RunLeasedError(
    `run ${runId} is being run by pid ${holder.pid} on ${holder.host} (last heartbeat ${ago} s ago); wait for it, or stop that process: a run whose process is gone is free ${lapse} s after its last heartbeat`,
    { pid: holder.pid, host: holder.host },
  );
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function everyMs(ms: number, beat: () => void): () => void {
  const timer = setInterval(beat, ms);
  timer.unref();
  return () => clearInterval(timer);
}
