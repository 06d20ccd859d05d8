import { beforeAll, describe, expect, it } from "vitest";
import { collect } from "../../core/collect.ts";
import type { RunStore } from "../../core/run-store.ts";
import { buildGrid } from "../../metrics/niah-grid.ts";
import { heatmapView } from "../../reports/heatmap-cells.ts";
import { openRunStore } from "../../storage/open-store.ts";
import { buildDashboardFixture, FADING_TARGET, HOSTILE_TARGET, type DashboardFixture } from "../../test-support/dashboard-fixture.ts";
import { niahGrids, runGrids } from "./heatmap-api.ts";
import { StoredSummaries } from "../stored-summaries.ts";

let fixture: DashboardFixture;
let store: RunStore;

beforeAll(async () => {
  fixture = await buildDashboardFixture();
  store = await openRunStore(fixture.dbPath, { readOnly: true });
  return () => store.close();
});

describe("niahGrids", () => {
  it("makes from the store's cell counts exactly the grid buildGrid makes from the loaded samples, for every niah task and target", async () => {
    const grids = await niahGrids(store, fixture.runId);
    expect(grids.map((g) => [g.taskId, g.targetId])).toEqual([["niah", FADING_TARGET], ["niah", HOSTILE_TARGET]]);
    for (const { taskId, targetId, grid } of grids) {
      const samples = await collect(store.samples(fixture.runId, { taskId, targetId }));
      expect(grid).toEqual(buildGrid(samples, "niah"));
      expect(heatmapView(grid)).toEqual(heatmapView(buildGrid(samples, "niah")));
    }
  });

  it("keeps rejections, answers and failures apart, as the terminal heatmap does", async () => {
    const fading = (await niahGrids(store, fixture.runId)).find((g) => g.targetId === FADING_TARGET)!.grid;
    expect(fading.lengths).toEqual([1000, 2000, 4000]);
    expect(fading.depths).toEqual([0, 50, 100]);
    expect(fading.byLength[2]).toMatchObject({ samples: 6, asked: 6, answered: 0, outcomes: { rejected: 6 }, accuracy: 0 });
    expect(fading.byLength[0]).toMatchObject({ samples: 6, correct: 6, accuracy: 1 });
  });

  it("reads the same grids from the run's stored summary as from the cell counts", async () => {
    const run = (await store.getRun(fixture.runId))!;
    const data = { location: fixture.dbPath, store, cwd: fixture.cwd, clock: { now: () => Date.now() }, summaries: new StoredSummaries(store), close: async () => {} };
    expect(await store.getRunMetrics(fixture.runId)).toBeDefined();
    expect(JSON.parse(JSON.stringify(await runGrids(data, run)))).toEqual(JSON.parse(JSON.stringify(await niahGrids(store, fixture.runId, run.tasks))));
  });

  it("has no grid for a run without niah tasks", async () => {
    expect(await niahGrids(store, "no-such-run")).toEqual([]);
  });
});
