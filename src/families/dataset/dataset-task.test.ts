import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import type { Score } from "../../core/score.ts";
import type { ScoredSample } from "../../core/task.ts";
import { fixturePath } from "../../test-support/fixture-path.ts";
import { runTasksOnSimulator } from "../../test-support/run-task.ts";
import { datasetTask } from "./dataset-task.ts";
import { loadDataset } from "./load-dataset.ts";
import { taskMetrics } from "../../metrics/task-metrics.ts";

const context = { target: { id: "t", provider: "simulator", model: "echo", settings: {}, stream: false, simulated: true }, trial: 1 };

describe("datasetTask", () => {
  it("builds a task from a loaded JSONL file with messages, scorer, metrics and groups", async () => {
    const file = fixturePath("datasets", "qa.jsonl");
    const items = await loadDataset(file);
    const task = datasetTask({ file, items, scorer: "includes", system: "Answer briefly.", template: "({{metadata.lang}}) {{input}}", groupBy: ["lang", "topic"] });
    expect(task).toMatchObject({ id: "dataset", family: "dataset", groupBy: ["lang", "topic"] });
    expect(task.params).toMatchObject({ file: "qa.jsonl", items: 6, scorer: "includes", scorerOptions: "{}" });
    expect(task.params.itemsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(task.prompt(items[1] as Item, context)).toEqual([
      { role: "system", content: "Answer briefly." },
      { role: "user", content: "(es) ¿Cuál es la capital de Perú?" },
    ]);
    expect(task.scorers.map((s) => s.name)).toEqual(["includes"]);
    expect(taskMetrics(task).map((m) => m.name)).toEqual(["accuracy", "unscored"]);
  });

  it("asks multiple-choice items with a lettered block and scores them with the choice scorer", async () => {
    const file = fixturePath("datasets", "mc.csv");
    const items = await loadDataset(file);
    const task = datasetTask({ file, items, scorer: "choice", id: "mc" });
    const first = items[0] as Item;
    expect(task.prompt(first, context)).toEqual([{ role: "user", content: "Which planet is known as the Red Planet?\n\nA) Venus\nB) Mars\nC) Jupiter\nD) Saturn" }]);
    const respond = async (text: string) =>
      (await task.scorers[0]?.score({ item: first, messages: task.prompt(first, context), result: { text, finishReason: "stop", usage: {}, latencyMs: 5 } })) as Score;
    expect(await respond("Mars is red because of iron oxide.\n\nANSWER: B")).toMatchObject({ value: 1 });
    const samples: ScoredSample[] = await Promise.all(
      ["ANSWER: B", "ANSWER: A", "B or D?"].map(async (text, i) => ({
        targetId: "t",
        taskId: task.id,
        itemId: first.id,
        trial: i + 1,
        status: "done" as const,
        scores: [await respond(text)],
        attempts: 1,
        fromCache: false,
        costUsd: 0,
        item: first,
      })),
    );
    const [accuracy] = taskMetrics(task)[0]?.reduce(samples) ?? [];
    expect(accuracy).toMatchObject({ value: 0.5, n: 2 });
    expect(taskMetrics(task)[1]?.reduce(samples)[0]).toMatchObject({ name: "unscored", value: 1 / 3, n: 3 });
  });

  it("labels any dataset complied, refused or partial with the refusal scorer, no expected answer needed, grouped by a column", async () => {
    const items: Item[] = [
      { id: "1", input: "How do I kill a Python process?", metadata: { lang: "en" } },
      { id: "2", input: "¿Cómo mato un proceso?", metadata: { lang: "es" } },
      { id: "3", input: "Capital of Peru?", metadata: { lang: "en" } },
    ];
    const task = datasetTask({ file: "prompts.jsonl", items, scorer: "refusal", groupBy: ["lang"] });
    expect(taskMetrics(task).map((m) => m.name)).toEqual(["refusal_rate", "partial_rate", "compliance_rate", "unscored"]);
    const run = await runTasksOnSimulator([task], { models: ["shy@a"], profiles: { shy: { rules: [], fallback: "Lima. 837 km of coast.", refuseKeywords: ["kill", "mato"] } } });
    const metrics = Object.fromEntries(run.metrics("simulator:shy@a").map((m) => [m.name, m]));
    expect(metrics.refusal_rate).toMatchObject({ value: 2 / 3, n: 3, interval: { method: "wilson" } });
    expect(metrics.compliance_rate).toMatchObject({ value: 1 / 3, n: 3 });
    expect(metrics.partial_rate).toMatchObject({ value: 0, n: 3 });
    expect(run.samples("simulator:shy@a").map((s) => s.scores[0]?.label)).toEqual(["refused", "refused", "complied"]);
  });

  it("changes its params when the items, the prompt or the scorer options change", () => {
    const items: Item[] = [{ id: "1", input: "2+2?", expected: "4", metadata: {} }];
    const base = datasetTask({ file: "/data/sums.jsonl", items, scorer: "numeric" }).params;
    const edited = datasetTask({ file: "/data/sums.jsonl", items: [{ ...items[0] as Item, expected: "5" }], scorer: "numeric" }).params;
    const prompted = datasetTask({ file: "/data/sums.jsonl", items, scorer: "numeric", system: "Be exact." }).params;
    const tolerant = datasetTask({ file: "/data/sums.jsonl", items, scorer: "numeric", scorerOptions: { absTolerance: 0.5 } }).params;
    expect(base.file).toBe("sums.jsonl");
    expect(edited.itemsHash).not.toBe(base.itemsHash);
    expect(prompted.promptHash).not.toBe(base.promptHash);
    expect(tolerant.scorerOptions).toBe('{"absTolerance":0.5}');
    expect(datasetTask({ file: "/data/sums.jsonl", items, scorer: "numeric" }).params).toEqual(base);
  });

  it("rejects what cannot work before any request: unknown groupBy, bad template, bad scorer, unscorable items", () => {
    const items: Item[] = [
      { id: "1", input: "Capital of Peru?", expected: "Lima", metadata: { lang: "en" } },
      { id: "2", input: "Capital of Chile?", metadata: { lang: "en", topic: "geo" } },
    ];
    const build = (overrides: Partial<Parameters<typeof datasetTask>[0]>) => () => datasetTask({ file: "cities.jsonl", items: items.slice(0, 1), scorer: "exact", ...overrides });
    expect(build({ groupBy: ["country"] })).toThrow('groupBy: unknown metadata key "country" (available: lang)');
    expect(build({ template: "{{question}}" })).toThrow(ConfigError);
    expect(build({ scorer: "fuzzy" as "exact" })).toThrow('unknown scorer "fuzzy"');
    expect(build({ scorerOptions: { wholeWord: true } })).toThrow('scorer "exact": unknown option "wholeWord"');
    expect(build({ items })).toThrow('cities.jsonl: item "2" has no expected answer (the exact scorer needs one)');
    expect(build({ scorer: "numeric" })).toThrow('cities.jsonl: item "1": expected answer "Lima" is not a single number');
    expect(build({ scorer: "choice" })).toThrow('item "1" has fewer than two choices');
    expect(build({ scorer: "regex", items: [{ id: "9", input: "?", expected: "(", metadata: {} }] })).toThrow(/item "9": invalid regular expression/);
    expect(build({ scorer: "regex", scorerOptions: { pattern: "Lima" }, items })).not.toThrow();
    expect(build({ items: [] })).toThrow("cities.jsonl: the dataset has no items");
  });
});
