// `realitycheck demo`: the built-in battery against two simulated deployments of one model (one honest, one degraded),
// ending with a report. Everything here is the provider simulator: it shows the tool, not any model.

import { fileURLToPath } from "node:url";
import type { RunSpec } from "../../core/run-spec.ts";
import { prepareRun, startRun } from "../../runner/run-session.ts";
import type { SimulatorProfile } from "../../simulator/profile.ts";
import { startSimulator } from "../../simulator/server.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { openStore, storagePath, type OpenedStore } from "../open-store.ts";
import { ProgressRenderer } from "../progress.ts";
import { printRunSummary } from "../render-summary.ts";
import { writeMarkdownReport } from "../write-report.ts";

const DEMO_DATASET = fileURLToPath(new URL("../../../data/demo/arithmetic-en-es.jsonl", import.meta.url));

/** One model served twice: faithfully, and by a host that errors, pads its answers with emoji and slips in Spanish. */
const DEMO_PROFILES: Record<string, SimulatorProfile> = {
  "llama-sim": { description: "demo: an honest deployment", extends: "honest", latencyMs: 15, tokensPerSecond: 400 },
  "llama-sim-degraded": {
    description: "demo: a degraded deployment of the same model",
    extends: "honest",
    latencyMs: 25,
    tokensPerSecond: 150,
    rateLimitRate: 0.1,
    serverErrorRate: 0.05,
    emojiRate: 1,
    exclamations: 0.8,
    verbosity: 2,
    languages: { es: { accuracy: 0.55 } },
  },
};

export const demoCommand: Command = {
  name: "demo",
  summary: "Run the built-in battery against two simulated deployments of one model and write a report (simulated: shows the tool, not a model).",
  usage: "demo [--db path]",
  options: { db: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const simulator = await startSimulator({ port: 0, profiles: DEMO_PROFILES });
    const env = { ...io.env, SIMULATOR_BASE_URL: simulator.url };
    let opened: OpenedStore | undefined;
    try {
      io.stdout.write(`demo: provider simulator (a test double) on ${simulator.url}; every number below is simulated\n`);
      const spec: RunSpec = {
        version: 1,
        seed: 1,
        trials: 1,
        tasks: [{ family: "dataset", options: { file: DEMO_DATASET, scorer: "numeric", groupBy: ["lang", "operation"] } }],
        targets: ["llama-sim@host-a", "llama-sim-degraded@host-b"].map((model) => ({
          id: `simulator:${model}`,
          provider: "simulator",
          model,
          settings: { temperature: 0, maxOutputTokens: 256 },
          stream: true,
          simulated: true,
        })),
        execution: { concurrency: 8, timeoutMs: 30_000, maxAttempts: 6, cache: false, budget: {} },
      };
      const prepared = await prepareRun(spec, { config: {}, env, cwd: io.cwd });
      const dbPath = storagePath(stringFlag(args.values, "db"), {}, io.cwd);
      opened = openStore(dbPath);
      const progress = new ProgressRenderer({ out: io.stderr });
      const { runId, outcome } = await startRun(prepared, {
        config: {},
        env,
        cwd: io.cwd,
        store: opened.store,
        onEvent: progress.listener,
        signal: io.signal,
      });
      await printRunSummary(io.stdout, opened.store, runId, io.cwd);
      const report = await writeMarkdownReport(opened.store, dbPath, runId, io.cwd);
      io.stdout.write(`\nresults: ${dbPath} (run ${runId})\nreport: ${report}\n`);
      return outcome.status === "completed" ? 0 : 1;
    } finally {
      opened?.close();
      await simulator.close();
    }
  },
};
