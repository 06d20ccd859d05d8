import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Item } from "../core/item.ts";
import type { Task } from "../core/task.ts";
import { startSimulator, type SimulatorHandle } from "../simulator/server.ts";
import { runTasksOnSimulator } from "../test-support/run-task.ts";
import { judgeResolver } from "./judge-models.ts";
import { judgePairwise, panelAgreement } from "./pairwise-judging.ts";

// Questions no simulated model can answer: both deployments reply "I don't know." — equally good — and differ only
// in padding. "padded" pads in English, Spanish and French, "plain" only in German: padded is longer 3 times in 4.
const QUESTIONS: Record<string, string> = {
  en: "Which river runs through the old town of {x}, and where does the water go after the harbour?",
  es: "¿Qué río atraviesa el casco antiguo de {x} y adónde va el agua después del puerto?",
  fr: "Quelle rivière traverse la vieille ville de {x}, et où va l'eau après le port ?",
  de: "Welcher Fluss fließt durch die Altstadt von {x}, und wohin geht das Wasser nach dem Hafen?",
};
const TOWNS = ["Arlen", "Bessa", "Corvo", "Dunmere", "Elsk", "Farro", "Gellin", "Hask", "Iver", "Jora", "Kell", "Lorn", "Mistra", "Norre", "Osk", "Pell", "Quarro", "Rask", "Sollen", "Tarn"];

function riverTask(): Task {
  const items: Item[] = Object.entries(QUESTIONS).flatMap(([language, text]) =>
    TOWNS.map((town) => ({ id: `${language}-${town}`, input: text.replace("{x}", town), metadata: { language } })),
  );
  return { id: "rivers", family: "test", params: {}, items, prompt: (item) => [{ role: "user", content: item.input }], scorers: [], metrics: [], groupBy: [] };
}

let judges: SimulatorHandle;
beforeAll(async () => {
  judges = await startSimulator({
    port: 0,
    profiles: {
      "first-shown": { rules: [{ match: "Which answer is better", reply: "Both fine.\nWINNER: A" }] },
      "longer-wins": { rules: [{ solve: "longer-answer" }] },
    },
  });
});
afterAll(() => judges.close());

describe("pairwise judging with scripted judge biases", async () => {
  const run = await runTasksOnSimulator([riverTask()], {
    models: ["plain@a", "padded@b"],
    profiles: {
      plain: { extends: "honest", languages: { de: { verbosity: 3 } } },
      padded: { extends: "honest", verbosity: 3, languages: { de: { verbosity: 0 } } },
    },
  });
  const samples = new Map(["simulator:plain@a", "simulator:padded@b"].map((id) => [id, run.samples(id)]));
  const judge = (name: string) => judgeResolver({ config: {}, env: { SIMULATOR_BASE_URL: judges.url }, cwd: ".", retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRateLimitWaitMs: 1_000 }, timeoutMs: 5_000 })(name);

  it("the answers differ only in length, padded the longer three times in four", () => {
    const plain = samples.get("simulator:plain@a")!;
    const padded = new Map(samples.get("simulator:padded@b")!.map((s) => [s.itemId, s.result!.text.length]));
    const longer = plain.filter((s) => padded.get(s.itemId)! > s.result!.text.length).length;
    expect(longer).toBe(60);
  });

  it("both orders cancel a judge that always prefers the first answer shown", async () => {
    const [result] = await judgePairwise({ samples, judges: [judge("simulator:first-shown@j")] });
    expect(result!.positionConsistency).toMatchObject({ value: 0, n: 80 });
    const gap = result!.ratings!.ratings["simulator:padded@b"]! - result!.ratings!.ratings["simulator:plain@a"]!;
    expect(Math.abs(gap)).toBeLessThan(1e-6);
    const interval = result!.ratings!.differenceInterval("simulator:padded@b", "simulator:plain@a");
    expect(interval.lower).toBeLessThanOrEqual(0);
    expect(interval.upper).toBeGreaterThanOrEqual(0);
  });

  it("length control removes a judge's preference for longer answers that plain ratings show as a real gap", async () => {
    const [result] = await judgePairwise({ samples, judges: [judge("simulator:longer-wins@j")] });
    // The biased judge is noisy, as real ones are: it flips with position some of the time.
    expect(result!.positionConsistency.value).toBeGreaterThan(0.6);
    const plain = result!.ratings!.differenceInterval("simulator:padded@b", "simulator:plain@a");
    expect(plain.lower).toBeGreaterThan(0);
    const controlled = result!.lengthControlled!.differenceInterval("simulator:padded@b", "simulator:plain@a");
    expect(controlled.lower).toBeLessThanOrEqual(0);
    expect(controlled.upper).toBeGreaterThanOrEqual(0);
  });

  it("reports how a panel's judges agree on who won: a judge agrees fully with its twin", async () => {
    const results = await judgePairwise({ samples, judges: [judge("simulator:longer-wins@j1"), judge("simulator:longer-wins@j2"), judge("simulator:first-shown@j")] });
    const agreements = panelAgreement(results);
    expect(agreements.map((a) => `${a.first}~${a.second}`)).toEqual([
      "simulator:longer-wins@j1~simulator:longer-wins@j2",
      "simulator:longer-wins@j1~simulator:first-shown@j",
      "simulator:longer-wins@j2~simulator:first-shown@j",
    ]);
    expect(agreements[0]!.kappa).toMatchObject({ value: 1, n: 80 });
    // The first-shown judge calls every pairing a tie in both orders: no agreement beyond chance with anyone.
    expect(agreements[1]!.kappa.value).toBeCloseTo(0, 6);
  });
});
