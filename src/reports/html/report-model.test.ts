import { describe, expect, it } from "vitest";
import { datasetTask } from "../../families/dataset/dataset-task.ts";
import { niahFamily } from "../../families/niah/niah-family.ts";
import { buildGrid } from "../../metrics/niah-grid.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { cellText } from "../heatmap-cells.ts";
import { summarizeRun } from "../../metrics/summarize-run.ts";
import { buildReportModel } from "./report-model.ts";
import { PLANTED, PLANTED_ITEMS, PLANTED_PROFILES } from "../../test-support/report-fixtures.ts";

describe("buildReportModel on a simulated run", async () => {
  const targets = [simulatorTarget("planted@a"), simulatorTarget("honest@b")];
  const niah = await niahFamily.build(niahFamily.optionsSchema.parse({ lengths: "1k,2k,4k", depths: "0,50,100" }), { seed: 3, cwd: tempDir(), targets });
  const dataset = datasetTask({ file: "planted.jsonl", items: PLANTED_ITEMS, scorer: "includes" });
  const run = await runTasksOnSimulator([niah, dataset], { models: ["planted@a", "honest@b"], profiles: PLANTED_PROFILES, trials: 2 });
  const stored = (await run.store.getRun(run.runId))!;
  const metrics = await summarizeRun(run.store, run.runId, { tasks: [niah, dataset], targets, trials: 2 });
  const model = await buildReportModel({ store: run.store, run: stored, trials: 2, metrics, limits: { first: 20, failures: 4 } });

  it("shows the run's summary, every task × target as show does", async () => {
    expect(model.summaries).toEqual(metrics.tasks);
    expect(model.summaries.map((s) => [s.taskId, s.targetId])).toEqual([["niah", targets[0]!.id], ["niah", targets[1]!.id], ["dataset", targets[0]!.id], ["dataset", targets[1]!.id]]);
    expect(model.run).toMatchObject({ id: run.runId, trials: 2, simulated: true });
    expect(model.sections.map((s) => [s.section.title, s.taskIds])).toEqual([
      ["Information retrieval", ["niah"]],
      ["Other tasks", ["dataset"]],
    ]);
  });

  it("draws each niah target's heatmap from its stored samples, cell by cell", () => {
    expect(model.heatmaps.map((h) => h.targetId)).toEqual(targets.map((t) => t.id));
    for (const heatmap of model.heatmaps) {
      const grid = buildGrid(run.samples(heatmap.targetId, "niah"), "niah");
      expect(heatmap.view.rows.map((row) => row.map((cell) => cell.text))).toEqual(grid.depths.map((_, d) => grid.lengths.map((_, l) => cellText(grid.cells[l]?.[d]))));
      expect(heatmap.view.byLength.map((cell) => cell.accuracy)).toEqual(grid.byLength.map((cell) => cell.accuracy));
      expect(heatmap.sizing).toMatch(/simulator/);
    }
    const planted = model.heatmaps[0]!.view.byLength.map((cell) => cell.accuracy);
    expect(planted[0]).toBe(1);
    expect(planted[2]).toBeLessThan(1);
  });

  it("embeds a bounded set of transcripts with the model's text as it came, and counts the rest", () => {
    const total = run.samples(targets[0]!.id, "niah").length * 2 + run.samples(targets[0]!.id, "dataset").length * 2;
    expect(model.transcriptCounts.total).toBe(total);
    expect(model.transcriptCounts.embedded).toBe(model.transcripts.length);
    expect(model.transcripts.length).toBeLessThan(total);
    const planted = model.transcripts.find((t) => t.targetId === "simulator:planted@a" && t.itemId === "planted");
    expect(planted?.response).toContain(PLANTED);
    expect(planted).toMatchObject({ outcome: "incorrect", value: 0 });
  });
});
