// A real stored run for the dashboard's tests: a niah grid and a small dataset, asked through the real engine of two
// simulated hosts over HTTP. One host fades with length and rejects the longest prompts; the other answers every
// question with hostile markup, so the tests can check that model output stays text.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { configSchema } from "../config/config-schema.ts";
import type { RunSpec } from "../core/run-spec.ts";
import { prepareRun, startRun } from "../runner/run-session.ts";
import { startSimulator } from "../simulator/server.ts";
import { openRunStore } from "../storage/open-store.ts";
import { tempDir } from "./temp-dir.ts";

/** Model output that would run script, load an image or make a live link if it were ever read as markup. */
export const HOSTILE_ANSWER = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) **bold**";

export const FADING_TARGET = "simulator:fading@host-a";
export const HOSTILE_TARGET = "simulator:hostile@host-b";

const QUESTIONS = [
  { id: "capital-fr", input: "What is the capital of France?", expected: "Paris", language: "en" },
  { id: "capital-pe", input: "¿Cuál es la capital de Perú?", expected: "Lima", language: "es" },
  { id: "capital-jp", input: "What is the capital of Japan?", expected: "Tokyo", language: "en" },
  { id: "capital-ar", input: "¿Cuál es la capital de Argentina?", expected: "Buenos Aires", language: "es" },
];

export interface DashboardFixture {
  dbPath: string;
  runId: string;
  cwd: string;
}

export async function buildDashboardFixture(): Promise<DashboardFixture> {
  const cwd = tempDir("rc-dashboard-");
  const dataset = join(cwd, "capitals.jsonl");
  writeFileSync(dataset, QUESTIONS.map((q) => JSON.stringify(q)).join("\n") + "\n");
  const simulator = await startSimulator({
    port: 0,
    seed: 3,
    profiles: {
      fading: {
        extends: "honest",
        recallSpanTokens: 1500,
        contextLimit: 3500,
        rules: [{ match: "capital of (France|Japan)", reply: "ANSWER: Paris" }, { solve: "recall" }],
      },
      hostile: { extends: "honest", rules: [{ reply: HOSTILE_ANSWER }] },
    },
  });
  const store = await openRunStore(join(cwd, "results.db"));
  try {
    const spec: RunSpec = {
      version: 1,
      seed: 11,
      trials: 2,
      tasks: [
        { family: "niah", options: { lengths: "1k,2k,4k", depths: "0,50,100", calibrate: false } },
        { family: "dataset", options: { id: "capitals", file: dataset, scorer: "includes", groupBy: ["language"] } },
      ],
      targets: [FADING_TARGET, HOSTILE_TARGET].map((id) => ({ id, provider: "simulator", model: id.slice("simulator:".length), settings: {}, stream: false, simulated: true })),
      execution: { concurrency: 4, timeoutMs: 30_000, maxAttempts: 2, cache: false, budget: {} },
    };
    const deps = { config: configSchema.parse({}), env: { SIMULATOR_BASE_URL: simulator.url }, cwd };
    const prepared = await prepareRun(spec, deps);
    const { runId } = await startRun(prepared, { ...deps, store, onEvent: () => {} });
    return { dbPath: join(cwd, "results.db"), runId, cwd };
  } finally {
    await store.close();
    await simulator.close();
  }
}
