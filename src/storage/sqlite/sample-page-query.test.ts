import { describe, expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import { sampleKeyString } from "../../core/sample.ts";
import { allPages, BROWSE_CASES, BROWSED_RUN, seedBrowsedRun } from "../conformance/sample-browser-conformance.ts";
import { IN_MEMORY, openDatabase } from "./open-database.ts";
import { SqliteRunStore } from "./sqlite-run-store.ts";

describe("SamplePageQuery's bounded scan", () => {
  it("looks at a bounded window of keys per request: a rare match comes back after partial pages, never skipped", async () => {
    const store = new SqliteRunStore(openDatabase(IN_MEMORY), { sampleQueryLimits: { scanWindow: 4, scanBudget: 12 } });
    await seedBrowsedRun(store);
    const first = await store.samplePage(BROWSED_RUN, { search: "needle-in-the-run" }, undefined, 10);
    expect(first).toMatchObject({ samples: [], partial: true });
    expect(first.next).toBeDefined();
    let partial = 0;
    let after = first.next;
    while (after) {
      const page = await store.samplePage(BROWSED_RUN, { search: "needle-in-the-run" }, after, 10);
      if (page.partial) partial++;
      after = page.next;
    }
    expect(partial).toBeGreaterThan(1);
    const all = await collect(store.samples(BROWSED_RUN));
    expect(await allPages(store, BROWSED_RUN, { search: "needle-in-the-run" }, 10)).toEqual(all.filter((s) => s.result?.text === "the needle-in-the-run").map((s) => sampleKeyString(s)));
    for (const [, query, keep] of BROWSE_CASES) expect(await allPages(store, BROWSED_RUN, query, 3)).toEqual(all.filter(keep).map((s) => sampleKeyString(s)));
    await store.close();
  });
});
