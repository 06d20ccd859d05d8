import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { MetricValue } from "../../core/metric.ts";
import type { SimulatorProfile } from "../../simulator/profile.ts";
import { runTasksOnSimulator } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { riddlesFamily } from "./riddles-family.ts";
import { taskMetrics } from "../../metrics/task-metrics.ts";

const context = { seed: 11, cwd: process.cwd() };
const build = (options: Record<string, unknown>, extra: Partial<typeof context> & { storedItems?: never[] } = {}) =>
  riddlesFamily.build(riddlesFamily.optionsSchema.parse(options), { ...context, ...extra });

// Families whose answers do not depend on drawn numbers, so a scripted model can give them. Each row: a pattern that
// recognises the family in every form and language, one that recognises its twin, and the answers in English and Spanish.
const SCRIPTS = [
  ["widow-sister", "viud|veuve|witwe|viúva|widow|ex-?wife|exmujer|ex-femme|ex-frau|ex-esposa", "divorc|scheiden", "No", "Yes", "no", "sí"],
  ["surgeon-parent", "surgeon|quirófano|cirujano|bloc opératoire|chirurg|operar|opérer|operieren|operá", "a man|un hombre|un homme|ein Mann|um homem", "the mother", "the father", "la madre", "el padre"],
  ["months-28", "28 (?:days|días|jours|tage|dias)", "leap|bisiesto|bissextile|schaltjahr|bissexto", "12", "1", "doce", "uno"],
  ["moses-ark", "\\bark\\b|\\barca\\b|arche", "noah|noé", "none", "two", "ninguno", "dos"],
  ["feathers-steel", "feathers|plumas|plumes|federn|\\bpenas\\b", "two kilo|dos kilos|deux kilos|zwei kilo|dois quilos", "the same", "the steel", "pesan lo mismo", "el acero"],
  ["river-crossing", "crossings|travesías|traversées|überfahrten|einzelfahrten|travessias", "nothing else|nada más|rien d'autre|sonst|mais nada", "7", "1", "siete", "1"],
  ["race-second", "overtake|adelant|dépass|überhol|ultrapass", "first place|primera posición|première position|ersten platz|primeiro lugar", "second", "first", "segundo", "primero"],
  ["electric-train", "\\btrain\\b|\\btren\\b|elektrozug|dampflok|\\bzug\\b|\\btrem\\b", "steam|vapor|vapeur|dampf", "there is no smoke", "east", "no hay humo", "hacia el este"],
  ["monty-hall", "\\bdoors?\\b|\\bpuertas?\\b|\\bportes?\\b|\\btür|\\bportas?\\b", "does not know|no sabe|ne sait pas|weiß nicht|não sabe", "Yes", "No", "sí", "no"],
] as const;
const FAMILIES = SCRIPTS.map(([family]) => family);
const twinOf = (family: string, twin: string) => `^(?=[\\s\\S]*(?:${family}))(?=[\\s\\S]*(?:${twin}))`;

const profiles: Record<string, SimulatorProfile> = {
  // Recognises the riddle and recites its classic answer, twin or not.
  recite: { rules: SCRIPTS.map(([, family, , classic]) => ({ match: family, reply: `A well-known riddle.\nANSWER: ${classic}` })) },
  correct: {
    rules: SCRIPTS.flatMap(([, family, twin, classic, twinAnswer]) => [
      { match: twinOf(family, twin), reply: `Read it carefully.\n**Answer:** ${twinAnswer}` },
      { match: family, reply: `Read it carefully.\nANSWER: ${classic}` },
    ]),
  },
  // Right in every language but Spanish, where it gives the other form's answer.
  flipper: {
    extends: "correct",
    languages: {
      es: {
        rules: SCRIPTS.flatMap(([, family, twin, , , esClassic, esTwin]) => [
          { match: twinOf(family, twin), reply: `RESPUESTA: ${esClassic}` },
          { match: family, reply: `RESPUESTA: ${esTwin}` },
        ]),
      },
    },
  },
};

const value = (metrics: MetricValue[], name: string) => metrics.find((m) => m.name === name);

describe("riddlesFamily", () => {
  it("builds every shipped riddle by default, grouped by family, form and language", async () => {
    const task = await build({});
    expect(task).toMatchObject({ id: "riddles", family: "riddles", groupBy: ["family", "form", "language"] });
    expect(task.items.length).toBeGreaterThanOrEqual(15 * 4 * 5);
    expect(task.params).toMatchObject({ source: "built-in", languages: "en,es,fr,de,pt" });
    expect(taskMetrics(task).map((m) => m.name)).toEqual(["accuracy", "accuracy_by_language", "memorised_rate", "flip_rate", "distractor_penalty", "consistency", "unscored"]);
    const narrowed = await build({ families: ["monty-hall"], forms: ["twin", "twin"], languages: ["de", "es"], id: "mh" });
    expect(narrowed.items.map((i) => i.id)).toEqual(["monty-hall.twin.de", "monty-hall.twin.es"]);
    expect(narrowed.id).toBe("mh");
  });

  it("names the known values when a language, form or family is unknown", async () => {
    const languages = riddlesFamily.optionsSchema.safeParse({ languages: ["en", "it"] });
    expect(languages.error?.issues[0]?.message).toBe('unknown language "it" (known: en, es, fr, de, pt)');
    const forms = riddlesFamily.optionsSchema.safeParse({ forms: ["classic", "hard"] });
    expect(forms.error?.issues[0]?.message).toBe('unknown form "hard" (known: classic, twin, distracted, minimal)');
    expect(riddlesFamily.optionsSchema.safeParse({ level: 3 }).success).toBe(false);
    await expect(build({ families: ["widow-sister", "sphinx"] })).rejects.toThrow(ConfigError);
    await expect(build({ families: ["sphinx"] })).rejects.toThrow(/families: unknown riddle family "sphinx" \(known: bat-ball, .*widow-sister\)/);
  });

  it("asks only the user's family when given a file, and rebuilds from stored items without reading it again", async () => {
    const dir = tempDir();
    const path = join(dir, "mine.yaml");
    writeFileSync(
      path,
      ["family: candles", "summary: s", "kind: yesno", 'answer: "no"', 'twinAnswer: "yes"', "forms:", "  classic: { en: Can a candle burn twice as long when lit at both ends? }", "  twin: { es: ¿Arde una vela si está encendida? }"].join("\n"),
    );
    const task = await build({ file: "mine.yaml" }, { cwd: dir });
    expect(task.items.map((i) => i.id)).toEqual(["candles.classic.en", "candles.twin.es"]);
    expect(task.params.source).toBe("mine.yaml");
    await expect(build({ file: "mine.yaml", families: ["widow-sister"] }, { cwd: dir })).rejects.toThrow('unknown riddle family "widow-sister" (known: candles)');
    await expect(build({ file: "missing.yaml" }, { cwd: dir })).rejects.toThrow(/missing\.yaml: cannot read file/);
    const resumed = await riddlesFamily.build(riddlesFamily.optionsSchema.parse({ file: "gone.yaml" }), { ...context, cwd: dir, storedItems: task.items });
    expect(resumed.items).toBe(task.items);
    expect(resumed.prompt(task.items[1]!, { target: simulatorTarget, trial: 2 })).toEqual(task.prompt(task.items[1]!, { target: simulatorTarget, trial: 2 }));
  });

  it("measures memorised answers, cross-language flips and per-language accuracy against scripted models", async () => {
    const task = await build({ families: [...FAMILIES] });
    const run = await runTasksOnSimulator([task], { models: ["recite@a", "correct@a", "flipper@a"], profiles, trials: 2 });
    const recite = run.metrics("simulator:recite@a");
    const correct = run.metrics("simulator:correct@a");
    const flipper = run.metrics("simulator:flipper@a");
    const twins = FAMILIES.length * 5 * 2;
    const groups = FAMILIES.length * 4 * 2;

    expect(value(recite, "unscored")).toMatchObject({ value: 0 });
    expect(value(recite, "memorised_rate")).toMatchObject({ value: 1, n: twins });
    expect(value(recite, "memorised_rate")?.interval?.lower).toBeGreaterThan(0.9);
    expect(value(recite, "accuracy")).toMatchObject({ value: 0.75 });
    expect(value(recite, "flip_rate")).toMatchObject({ value: 0, n: groups });

    expect(value(correct, "unscored")).toMatchObject({ value: 0 });
    expect(value(correct, "memorised_rate")).toMatchObject({ value: 0, n: twins });
    expect(value(correct, "accuracy")).toMatchObject({ value: 1 });
    expect(value(correct, "consistency")).toMatchObject({ value: 1, n: FAMILIES.length * 5 * 2 });
    expect(value(correct, "distractor_penalty")).toMatchObject({ value: 0, n: FAMILIES.length * 5 * 2 });

    expect(value(flipper, "unscored")).toMatchObject({ value: 0 });
    expect(value(flipper, "flip_rate")).toMatchObject({ value: 1, n: groups });
    expect(value(flipper, "flip_rate")?.interval?.lower).toBeGreaterThan(0.9);
    expect(value(flipper, "accuracy[es]")).toMatchObject({ value: 0, n: FAMILIES.length * 4 * 2 });
    for (const language of ["en", "fr", "de", "pt"]) expect(value(flipper, `accuracy[${language}]`)).toMatchObject({ value: 1 });
    expect(value(flipper, "memorised_rate")).toMatchObject({ value: 0.2, n: twins });
  });
});

const simulatorTarget = { id: "t", provider: "simulator", model: "correct", settings: {}, stream: false, simulated: true };
