// Conformance of RunLeases: one holder at a time, a lapsed or surrendered lease is taken, only the holder renews or
// releases, and runs, run lists and progress carry the lease so readers tell a live run from one whose process is gone.

import { expect, it } from "vitest";
import { fixtureRun } from "../storage-fixtures.ts";
import { freshStore, type OpenFreshStore } from "./fresh-store.ts";

const TTL = 30_000;
const first = { session: "session-1", pid: 101, host: "host-a" };
const second = { session: "session-2", pid: 202, host: "host-b" };

export function runLeaseConformance(open: OpenFreshStore): void {
  const store = freshStore(open);

  it("gives the lease to one claimant and names it to the next", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    expect(await store().getLease("run-a")).toBeUndefined();
    expect(await store().acquireLease("run-a", first, 1000, TTL)).toEqual({ acquired: true });
    const held = { pid: 101, host: "host-a", session: "session-1", acquiredAt: 1000, heartbeatAt: 1000, expiresAt: 31_000 };
    expect(await store().acquireLease("run-a", second, 30_999, TTL)).toEqual({ acquired: false, holder: held });
    expect(await store().getLease("run-a")).toEqual(held);
    // Its own claim again is granted (and extends it).
    expect(await store().acquireLease("run-a", first, 2000, TTL)).toEqual({ acquired: true });
    expect(await store().getLease("run-a")).toMatchObject({ session: "session-1", expiresAt: 32_000 });
  });

  it("lets only the holder renew or release; a lapsed lease goes to the next claimant, whose renewals the old holder cannot touch", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().acquireLease("run-a", first, 1000, TTL);
    expect(await store().renewLease("run-a", "session-1", 20_000, TTL)).toBe(true);
    expect(await store().getLease("run-a")).toMatchObject({ acquiredAt: 1000, heartbeatAt: 20_000, expiresAt: 50_000 });
    expect(await store().renewLease("run-a", "session-2", 21_000, TTL)).toBe(false);
    await store().releaseLease("run-a", "session-2");
    expect(await store().getLease("run-a")).toMatchObject({ session: "session-1" });

    expect(await store().acquireLease("run-a", second, 49_999, TTL)).toMatchObject({ acquired: false });
    expect(await store().acquireLease("run-a", second, 50_000, TTL)).toEqual({ acquired: true });
    expect(await store().renewLease("run-a", "session-1", 50_001, TTL)).toBe(false);
    expect(await store().getLease("run-a")).toEqual({ pid: 202, host: "host-b", session: "session-2", acquiredAt: 50_000, heartbeatAt: 50_000, expiresAt: 80_000 });
    await store().releaseLease("run-a", "session-2");
    expect(await store().getLease("run-a")).toBeUndefined();
  });

  it("hands a live lease over only to a claim that names its holder's session", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1));
    await store().acquireLease("run-a", first, 1000, TTL);
    expect(await store().acquireLease("run-a", second, 2000, TTL, "session-9")).toMatchObject({ acquired: false });
    expect(await store().acquireLease("run-a", second, 2000, TTL, "session-1")).toEqual({ acquired: true });
    expect(await store().getLease("run-a")).toMatchObject({ session: "session-2", pid: 202 });
  });

  it("keeps leases per run, refuses one for an unknown run, and shows the lease in the run, the run list and progress", async () => {
    await store().createRun(fixtureRun("run-a", ["a"], 1, 1000));
    await store().createRun(fixtureRun("run-b", ["a"], 1, 2000));
    await store().acquireLease("run-a", first, 5000, TTL);
    expect(await store().acquireLease("run-b", second, 5000, TTL)).toEqual({ acquired: true });
    await expect(store().acquireLease("no-such-run", first, 5000, TTL)).rejects.toThrow();

    const lease = { pid: 101, host: "host-a", acquiredAt: 5000, heartbeatAt: 5000, expiresAt: 35_000 };
    expect((await store().getRun("run-a"))?.lease).toEqual(lease);
    expect((await store().listRuns()).map((r) => [r.id, r.lease?.pid])).toEqual([["run-b", 202], ["run-a", 101]]);
    expect((await store().listRuns()).find((r) => r.id === "run-a")?.lease).toEqual(lease);
    expect((await store().progress("run-a"))?.lease).toEqual(lease);
    await store().releaseLease("run-a", "session-1");
    expect((await store().getRun("run-a"))?.lease).toBeUndefined();
    expect((await store().progress("run-a"))?.lease).toBeUndefined();
  });
}
