import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { runTasksOnSimulator } from "../../test-support/run-task.ts";
import { DEFAULT_LENGTHS, mysteriesFamily } from "./mysteries-family.ts";
import { mysteryVariant } from "./mystery-variant.ts";
import { optionLetter } from "./option-order.ts";

const build = (options: Record<string, unknown>, seed = 1) => mysteriesFamily.build(mysteriesFamily.optionsSchema.parse(options), { seed, cwd: "/tmp" });

describe("mysteriesFamily options", () => {
  it("defaults to 20 cases at four lengths, lettered options, in English", () => {
    expect(mysteriesFamily.optionsSchema.parse({})).toEqual({ cases: 20, lengths: DEFAULT_LENGTHS, mode: "options", languages: ["en"] });
  });

  it("reads lengths and languages as lists or comma-separated strings, with k for thousands", () => {
    expect(mysteriesFamily.optionsSchema.parse({ lengths: "1k, 2500,8K", languages: "en,es" })).toMatchObject({ lengths: [1000, 2500, 8000], languages: ["en", "es"] });
    expect(mysteriesFamily.optionsSchema.parse({ lengths: ["4k", 6000] }).lengths).toEqual([4000, 6000]);
  });

  it.each([{ lengths: [500] }, { lengths: "lots" }, { lengths: [] }, { mode: "essay" }, { cases: 0 }, { depth: 3 }])("rejects %j", (options) => {
    expect(mysteriesFamily.optionsSchema.safeParse(options).success).toBe(false);
  });

  it("rejects an unknown language with a ConfigError listing the known ones", async () => {
    const error = await build({ languages: ["en", "fr"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ where: "languages", message: 'languages: unknown language "fr" (known: en, es)' });
  });
});

describe("mysteriesFamily.build", () => {
  it("makes one item per case, length, language and mode, the same case across languages and modes", async () => {
    const task = await build({ cases: 2, lengths: [1000, 4000], mode: "both", languages: ["en", "es"] });
    expect(task.items).toHaveLength(16);
    expect(new Set(task.items.map((i) => i.id)).size).toBe(16);
    expect(task).toMatchObject({ id: "mysteries", family: "mysteries", groupBy: ["length", "mode"] });
    expect(task.params).toEqual({ cases: 2, lengths: "1000,4000", mode: "both", languages: "en,es" });
    const sameCase = task.items.filter((i) => i.metadata.case === 1 && i.metadata.length === 4000);
    expect(new Set(sameCase.map((i) => i.metadata.caseSeed)).size).toBe(1);
    expect(new Set(sameCase.map((i) => i.expected)).size).toBe(1);
    for (const item of task.items) {
      expect(task.estimatePromptTokens?.(item)).toBe(item.metadata.approxTokens);
      expect(item.metadata.suspects).toBe(item.metadata.length === 1000 ? 4 : 5);
    }
  });

  it("draws other cases from another seed and rebuilds from stored items on resume", async () => {
    const first = await build({ cases: 2, lengths: [1000] }, 1);
    const other = await build({ cases: 2, lengths: [1000] }, 2);
    expect(other.items.map((i) => i.metadata.caseSeed)).not.toEqual(first.items.map((i) => i.metadata.caseSeed));
    const resumed = await mysteriesFamily.build(mysteriesFamily.optionsSchema.parse({ cases: 2, lengths: [1000] }), { seed: 2, cwd: "/tmp", storedItems: first.items });
    expect(resumed.items).toEqual(first.items);
  });
});

describe("mysteries end to end on the simulator", () => {
  it("scores culprit and clue separately, per trial, with metrics by length", async () => {
    const task = await build({ cases: 3, lengths: [1000, 4000] }, 9);
    const run = await runTasksOnSimulator([task], {
      models: ["always-a", "silent"],
      profiles: {
        "always-a": { rules: [{ reply: "I weighed every alibi.\n\n**CULPRIT:** A\n**CLUE:** the muddy shoes" }] },
        silent: { rules: [], fallback: "I cannot tell who did it." },
      },
      trials: 2,
    });
    const samples = run.samples("simulator:always-a");
    expect(samples).toHaveLength(12);
    let atA = 0;
    for (const sample of samples) {
      const { mystery, options } = mysteryVariant(sample.item, sample.trial);
      const culpritIsA = optionLetter(options.findIndex((s) => s.id === mystery.culprit)) === "A";
      if (culpritIsA) atA++;
      expect(sample.scores.map((s) => [s.scorer, s.value])).toEqual([
        ["culprit", culpritIsA ? 1 : 0],
        ["clue", 0],
      ]);
    }
    // The rotation puts the culprit at A in some trials and not in others, so the check bites both ways.
    expect(atA).toBeGreaterThan(0);
    expect(atA).toBeLessThan(12);
    const metrics = Object.fromEntries(run.metrics("simulator:always-a").map((m) => [m.name, m]));
    expect(metrics.culprit_accuracy).toMatchObject({ value: atA / 12, n: 12 });
    expect(metrics.culprit_accuracy?.interval?.method).toBe("wilson");
    expect(metrics.clue_accuracy).toMatchObject({ value: 0, n: 12 });
    expect(metrics["culprit_accuracy@1000"]?.n).toBe(6);
    expect(metrics["clue_accuracy@4000"]).toMatchObject({ value: 0, n: 6 });
    const silent = Object.fromEntries(run.metrics("simulator:silent").map((m) => [m.name, m]));
    expect(silent.culprit_accuracy).toMatchObject({ value: null, n: 0 });
    expect(silent.culprit_unscored).toMatchObject({ value: 1, n: 12 });
    expect(silent.clue_unscored).toMatchObject({ value: 1, n: 12 });
  });
});
