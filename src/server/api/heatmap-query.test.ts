import { beforeAll, describe, expect, it } from "vitest";
import { heatmapView } from "../../reports/heatmap-cells.ts";
import { buildGrid } from "../../families/niah/niah-grid.ts";
import { openDatabase, type Database } from "../../storage/open-database.ts";
import { RunStore } from "../../storage/run-store.ts";
import { buildDashboardFixture, FADING_TARGET, HOSTILE_TARGET, type DashboardFixture } from "../dashboard-fixture.ts";
import { niahGrids } from "./heatmap-query.ts";

let fixture: DashboardFixture;
let db: Database;

beforeAll(async () => {
  fixture = await buildDashboardFixture();
  db = openDatabase(fixture.dbPath);
  return () => db.close();
});

describe("niahGrids", () => {
  it("aggregates in SQL exactly the grid buildGrid makes from the loaded samples, for every niah task and target", () => {
    const grids = niahGrids(db, fixture.runId);
    expect(grids.map((g) => [g.taskId, g.targetId])).toEqual([["niah", FADING_TARGET], ["niah", HOSTILE_TARGET]]);
    const store = new RunStore(db);
    for (const { taskId, targetId, grid } of grids) {
      const samples = [...store.iterateSamples(fixture.runId, { taskId, targetId })];
      expect(grid).toEqual(buildGrid(samples));
      expect(heatmapView(grid)).toEqual(heatmapView(buildGrid(samples)));
    }
  });

  it("keeps rejections, answers and failures apart, as the terminal heatmap does", () => {
    const fading = niahGrids(db, fixture.runId).find((g) => g.targetId === FADING_TARGET)!.grid;
    expect(fading.lengths).toEqual([1000, 2000, 4000]);
    expect(fading.depths).toEqual([0, 50, 100]);
    expect(fading.byLength[2]).toMatchObject({ samples: 6, asked: 6, answered: 0, outcomes: { rejected: 6 }, accuracy: 0 });
    expect(fading.byLength[0]).toMatchObject({ samples: 6, correct: 6, accuracy: 1 });
  });

  it("has no grid for a run without niah tasks", () => {
    expect(niahGrids(db, "no-such-run")).toEqual([]);
  });
});
