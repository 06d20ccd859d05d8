import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { MetricValue } from "../../core/metric.ts";
import type { Task } from "../../core/task.ts";
import type { SimulatorProfile } from "../../simulator/profile.ts";
import { XSTEST_SHAPED_PROMPTS } from "../../test-support/refusal-prompts.ts";
import { runTasksOnSimulator, simulatorTarget } from "../../test-support/run-task.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { PERMISSIVE_SYSTEM_PROMPT } from "./permissive-system-prompt.ts";
import { refusalFamily } from "./refusal-family.ts";

const build = (options: Record<string, unknown>, storedItems?: Task["items"]) =>
  refusalFamily.build(refusalFamily.optionsSchema.parse(options), { seed: 1, cwd: "/", storedItems });

/** Helpful-sounding text with no refusal cue: what a model that answers everything says. */
const ANSWER = "Sure. Here is a clear, factual answer to your question, with the key points explained one by one.";
const SECURITY_WORDS = ["exploit", "malware", "hack", "hacking", "phishing", "ransomware", "injection", "vulnerability", "attack", "attacks", "attackers", "attacker", "password", "passwords", "breach", "keylogger", "botnets", "trojan"];

async function metricsOf(task: Task, profile: SimulatorProfile): Promise<Record<string, MetricValue>> {
  const run = await runTasksOnSimulator([task], { models: ["scripted@a"], profiles: { scripted: profile } });
  return Object.fromEntries(run.metrics("simulator:scripted@a").map((metric) => [metric.name, metric]));
}

describe("refusalFamily options", () => {
  it("rejects unknown options, kinds and systems, and names the known categories and languages", async () => {
    expect(refusalFamily.optionsSchema.safeParse({ grader: "gpt" }).success).toBe(false);
    expect(refusalFamily.optionsSchema.safeParse({ kinds: ["benign"] }).success).toBe(false);
    expect(refusalFamily.optionsSchema.safeParse({ system: "jailbreak" }).success).toBe(false);
    await expect(build({ categories: ["cooking"] })).rejects.toThrow(/unknown category "cooking" \(known: .*homonyms.*security.*persuasion/);
    await expect(build({ languages: ["de"] })).rejects.toThrow(new ConfigError('unknown language "de" (known: en, es, fr)', "languages"));
  });

  it("asks the permissive items under our system prompt and the default ones bare", async () => {
    const task = await build({ categories: ["security"], languages: ["en"], kinds: ["safe"], system: "both" });
    expect(task.items).toHaveLength(44);
    expect(task.groupBy).toEqual(["category", "language", "kind", "system"]);
    const context = { target: simulatorTarget("honest@a"), trial: 1 };
    const [plain, permissive] = [task.items[0], task.items[22]].map((item) => task.prompt(item!, context));
    expect(plain).toEqual([{ role: "user", content: task.items[0]?.input }]);
    expect(permissive).toEqual([
      { role: "system", content: PERMISSIVE_SYSTEM_PROMPT },
      { role: "user", content: task.items[0]?.input },
    ]);
    expect(task.params).toMatchObject({ categories: "security", languages: "en", kinds: "safe", system: "both", items: 44 });
  });

  it("rebuilds from the stored items on resume instead of the data files", async () => {
    const stored = (await build({ kinds: ["mirror"], languages: ["es"] })).items;
    const resumed = await build({ kinds: ["mirror"], languages: ["es"] }, stored.slice(0, 2));
    expect(resumed.items).toEqual(stored.slice(0, 2));
  });
});

describe("refusalFamily with the user's own prompt file", () => {
  it("runs an XSTest-shaped file and breaks every metric down by its type column", async () => {
    const file = join(tempDir(), "prompts.csv");
    writeFileSync(file, XSTEST_SHAPED_PROMPTS);
    const task = await build({ file });
    expect(task.items.map((item) => item.metadata.category)).toEqual(["homonyms", "contrast_homonyms", "homonyms", "definitions", "contrast_definitions", "historical_events"]);
    expect(task.params).toMatchObject({ file: "prompts.csv", items: 6 });
    const metrics = await metricsOf(task, { rules: [], fallback: ANSWER, refuseKeywords: ["kill", "launder"] });
    expect(metrics.safe_refusal_rate).toMatchObject({ value: 2 / 4, n: 4 });
    expect(metrics["safe_refusal_rate[homonyms]"]).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metrics["safe_refusal_rate[definitions]"]).toMatchObject({ value: 1, n: 1 });
    expect(metrics["safe_refusal_rate[historical_events]"]).toMatchObject({ value: 0, n: 1 });
    expect(metrics["unsafe_compliance_rate[contrast_homonyms]"]).toMatchObject({ value: 0, n: 1 });
    expect(metrics.unsafe_compliance_rate).toMatchObject({ value: 0, n: 2 });
  });

  it("filters the file's prompts by type and kind like the shipped data, naming the types it has", async () => {
    const file = join(tempDir(), "prompts.csv");
    writeFileSync(file, XSTEST_SHAPED_PROMPTS);
    expect((await build({ file, kinds: ["unsafe"] })).items).toHaveLength(2);
    expect((await build({ file, categories: ["homonyms"], system: "both" })).items.map((i) => i.id)).toEqual(["1/default", "3/default", "1/permissive", "3/permissive"]);
    await expect(build({ file, categories: ["weather"] })).rejects.toThrow(/unknown category "weather" \(known: homonyms, contrast_homonyms, definitions/);
  });
});

describe("refusalFamily on the simulator", () => {
  it("an honest complier: no refusal of safe prompts, full compliance with the unsafe ones, no one-sided refusal", async () => {
    const task = await build({});
    const metrics = await metricsOf(task, { rules: [], fallback: ANSWER });
    expect(metrics.safe_refusal_rate).toMatchObject({ value: 0, n: 360 });
    expect(metrics.safe_partial_rate?.value).toBe(0);
    expect(metrics.unsafe_compliance_rate).toMatchObject({ value: 1, n: 264 });
    expect(metrics.mirror_asymmetry).toMatchObject({ value: 0, n: 52 });
    expect(metrics.mirror_refusal_rate).toMatchObject({ value: 0, n: 104 });
    expect(metrics.mirror_side_gap?.value).toBe(0);
    expect(metrics["safe_refusal_rate[es]"]).toMatchObject({ value: 0, n: 48 });
    expect(metrics.unscored?.value).toBe(0);
  });

  it("a model that refuses on security words: safe refusals concentrate in the security category", async () => {
    const task = await build({ kinds: ["safe"], languages: ["en"] });
    const metrics = await metricsOf(task, { rules: [], fallback: ANSWER, refuseKeywords: SECURITY_WORDS });
    expect(metrics["safe_refusal_rate[security]"]).toMatchObject({ value: 1, n: 22 });
    expect(metrics["safe_refusal_rate[security]"]?.interval?.lower).toBeGreaterThan(0.8);
    for (const category of ["homonyms", "figurative", "medicine", "history", "fiction", "definitions", "privacy", "safe-contexts", "harm-reduction", "self-defence"]) {
      expect(metrics[`safe_refusal_rate[${category}]`]?.value, category).toBe(0);
    }
    // One moderation prompt quotes a "no-personal-attacks" rule: a keyword refuser trips on it too.
    expect(metrics["safe_refusal_rate[moderation]"]?.value).toBeCloseTo(1 / 22, 12);
    expect(metrics.safe_refusal_rate?.value).toBeCloseTo(23 / 264, 12);
  });

  it("a model that refuses one political side: high asymmetry, and the side gap's sign names the refused side", async () => {
    const task = await build({ kinds: ["mirror"] });
    const words = (side: string) => new Set(task.items.filter((i) => i.metadata.side === side).flatMap((i) => i.input.toLowerCase().match(/\p{L}+/gu) ?? []));
    const left = words("left");
    const rightOnly = [...words("right")].filter((word) => !left.has(word));
    const metrics = await metricsOf(task, { rules: [], fallback: ANSWER, refuseKeywords: rightOnly });
    // Pairs that only swap words ("strengths of a centre-right party" / "weaknesses of a centre-left party") give a
    // keyword refuser nothing to trip on, so about three in four pairs end one-sided, every one against the right.
    expect(metrics.mirror_asymmetry).toMatchObject({ n: 52 });
    expect(metrics.mirror_asymmetry?.value).toBeGreaterThan(0.7);
    expect(metrics.mirror_asymmetry?.interval?.lower).toBeGreaterThan(0.6);
    expect(metrics.mirror_side_gap?.value).toBe(-(metrics.mirror_asymmetry?.value ?? 0));
    expect(metrics.mirror_refusal_rate?.value).toBe((metrics.mirror_asymmetry?.value ?? 0) / 2);
    expect(metrics.mirror_side_gap?.interval?.upper).toBeLessThan(-0.5);
    for (const language of ["en", "es", "fr"]) expect(metrics[`mirror_side_gap[${language}]`]?.value, language).toBeLessThan(-0.5);
    expect(metrics.safe_refusal_rate).toMatchObject({ value: null, n: 0 });
  });
});
