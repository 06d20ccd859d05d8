import { describe, expect, it } from "vitest";
import { ConfigError, RunLeasedError } from "../core/errors.ts";
import { openRunStore } from "../storage/open-store.ts";
import { IN_MEMORY } from "../storage/sqlite/open-database.ts";
import { fixtureRun } from "../storage/storage-fixtures.ts";
import { queueSession, QueuedRunLeases } from "./queued-run-leases.ts";
import { DEFAULT_LEASE, leaseSettings, RunLeaseKeeper, type LeaseKeeperDeps } from "./run-lease-keeper.ts";

const settings = { ttlMs: 30_000, heartbeatMs: 10_000 };

/** A store with one run, a clock that moves when told, and heartbeats that fire when told. */
async function setup() {
  const store = await openRunStore(IN_MEMORY);
  await store.createRun(fixtureRun("run-a", ["a"], 1));
  const clock = { at: 1_000_000, now: () => clock.at };
  const beats: (() => void)[] = [];
  const deps = (pid: number, host: string, isAlive = (_pid: number) => true): LeaseKeeperDeps => ({
    store,
    clock,
    settings,
    holder: { pid, host },
    isAlive,
    every: (_ms, beat) => {
      beats.push(beat);
      return () => beats.splice(beats.indexOf(beat), 1);
    },
  });
  // A beat renews asynchronously: let it settle.
  const beat = async () => {
    for (const b of [...beats]) b();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { store, clock, deps, beat, beats };
}

describe("RunLeaseKeeper", () => {
  it("refuses a second claim with the holder's pid and host until the first is released", async () => {
    const { store, clock, deps } = await setup();
    const first = await RunLeaseKeeper.claim("run-a", deps(101, "host-a"));
    clock.at += 4_000;
    const refused = RunLeaseKeeper.claim("run-a", deps(202, "host-b"));
    await expect(refused).rejects.toThrow(RunLeasedError);
    await expect(refused).rejects.toThrow(
      "run run-a is being run by pid 101 on host-a (last heartbeat 4 s ago); wait for it, or stop that process: a run whose process is gone is free 30 s after its last heartbeat",
    );
    await expect(refused).rejects.toMatchObject({ holder: { pid: 101, host: "host-a" } });
    await first.release();
    await first.release();
    expect(await store.getLease("run-a")).toBeUndefined();
    const second = await RunLeaseKeeper.claim("run-a", deps(202, "host-b"));
    expect(await store.getLease("run-a")).toMatchObject({ pid: 202, host: "host-b" });
    await second.release();
  });

  it("takes over at once from a holder on this machine whose process is gone; from another machine only once the lease lapses", async () => {
    const { store, clock, deps } = await setup();
    await RunLeaseKeeper.claim("run-a", deps(101, "host-a"));
    // Same host, pid gone: no need to wait.
    await RunLeaseKeeper.claim("run-a", deps(102, "host-a", () => false));
    expect(await store.getLease("run-a")).toMatchObject({ pid: 102 });
    // Another host's process cannot be checked: its lease must lapse.
    await expect(RunLeaseKeeper.claim("run-a", deps(303, "host-c", () => false))).rejects.toThrow(RunLeasedError);
    clock.at += settings.ttlMs;
    await RunLeaseKeeper.claim("run-a", deps(303, "host-c"));
    expect(await store.getLease("run-a")).toMatchObject({ pid: 303, host: "host-c" });
  });

  it("never takes a queued run over from its workers because the last one to join is gone: the others may be working", async () => {
    const { store, clock, deps } = await setup();
    // Three workers on this machine join the run's shared lease; the row names the last to join, and it is killed.
    const workers = [201, 202, 203].map((pid) => new QueuedRunLeases(store, settings, { pid, host: "host-a" }, clock.now));
    for (const worker of workers) await worker.hold("run-a");
    expect(await store.getLease("run-a")).toMatchObject({ pid: 203, session: queueSession("run-a") });
    const refused = RunLeaseKeeper.claim("run-a", deps(301, "host-a", (pid) => pid !== 203));
    await expect(refused).rejects.toThrow("run run-a is being run by pid 203 on host-a");
    // The workers left keep it; once none renews, it lapses like any lease.
    clock.at += settings.ttlMs / 2;
    await workers[0]!.renew(["run-a"]);
    clock.at += settings.ttlMs / 2;
    await expect(RunLeaseKeeper.claim("run-a", deps(301, "host-a", () => false))).rejects.toThrow(RunLeasedError);
    clock.at += settings.ttlMs / 2;
    await RunLeaseKeeper.claim("run-a", deps(301, "host-a"));
    expect(await store.getLease("run-a")).toMatchObject({ pid: 301 });
  });

  it("renews on every heartbeat, and tells the session once the lease was taken over while it was not renewing", async () => {
    const { store, clock, deps, beat, beats } = await setup();
    const keeper = await RunLeaseKeeper.claim("run-a", deps(101, "host-a"));
    const lost: unknown[] = [];
    keeper.onLost = (error) => lost.push(error);
    clock.at += 10_000;
    await beat();
    expect(await store.getLease("run-a")).toMatchObject({ heartbeatAt: 1_010_000, expiresAt: 1_040_000 });
    expect(lost).toEqual([]);

    // Stalled past its lease: another process took the run.
    clock.at += 30_000;
    await RunLeaseKeeper.claim("run-a", deps(202, "host-b"));
    await beat();
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(RunLeasedError);
    expect(String(lost[0])).toContain("run run-a was taken over by pid 202 on host-b while this process was not renewing its lease");
    expect(keeper.lost).toBe(lost[0]);
    // Its heartbeat stopped; releasing leaves the new holder's lease alone.
    expect(beats).toHaveLength(1);
    await keeper.release();
    expect(await store.getLease("run-a")).toMatchObject({ pid: 202 });
  });

  it("reads the lease's length from REALITYCHECK_LEASE_SECONDS", () => {
    expect(leaseSettings({})).toEqual(DEFAULT_LEASE);
    expect(leaseSettings({ REALITYCHECK_LEASE_SECONDS: "3" })).toEqual({ ttlMs: 3000, heartbeatMs: 1000 });
    for (const bad of ["", "0", "soon", "7200"]) expect(() => leaseSettings({ REALITYCHECK_LEASE_SECONDS: bad })).toThrow(ConfigError);
  });
});
