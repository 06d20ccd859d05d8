// `realitycheck demo`: the article suite against two simulated deployments of one model (one honest, one that truncates
// long prompts silently, loops and refuses too much), judged by a scripted simulated judge and held against a
// simulated claim set, ending with the report. Everything here is the provider simulator: it shows the tool, not a model.

import type { SimulatorProfile } from "../../simulator/profile.ts";
import { startSimulator } from "../../simulator/server.ts";
import type { Command } from "../command.ts";
import { stringFlag } from "../flag-values.ts";
import { credentialsInUse } from "../../providers/credentials-in-use.ts";
import { openStore, storagePath, type OpenedStore } from "../open-store.ts";
import { executeArticle, planArticle } from "./article.ts";
import { terminalWidth } from "../terminal-width.ts";
import { fitLines } from "../fit-lines.ts";

// Every family is read and answered in the format it asks for: puzzles and cases are worked out from the prompt (before
// `instruction`, which would echo a case's "end with exactly these two lines"), harmful requests declined, stories
// written to the asked length, needles recalled, short requests helped with.
const READER_RULES: SimulatorProfile["rules"] = [
  { solve: "riddle" }, { solve: "mystery" }, { solve: "instruction" }, { solve: "refuse-harmful" },
  { solve: "arithmetic" }, { solve: "compose" }, { solve: "recall" }, { solve: "assist" },
];

/** One model served twice, and a scripted judge that reads the answers it compares or grades. */
export const DEMO_PROFILES: Record<string, SimulatorProfile> = {
  "llama-sim": {
    description: "demo: an honest deployment with a 40K-token window",
    extends: "honest",
    rules: READER_RULES,
    contextLimit: 40_000,
    latencyMs: 15,
    tokensPerSecond: 400,
  },
  "llama-sim-degraded": {
    description: "demo: the same model badly served: silent truncation to 12K, loops, over-refusal, emoji, errors",
    extends: "honest",
    rules: READER_RULES,
    truncate: { keepTokens: 12_000, side: "front" },
    loop: { rate: 0.08, afterTokens: 12 },
    // An over-cautious keyword filter: sensitive-looking words, and one side of political requests.
    refuseKeywords: ["kill", "mato", "grooming", "risk", "riesgo", "mdma", "drink", "beber", "propaganda", "nazi", "war", "guerra", "thriller", "detective", "poison", "veneno", "conservative", "conservador", "conservadora"],
    latencyMs: 240,
    tokensPerSecond: 2000,
    rateLimitRate: 0.05,
    serverErrorRate: 0.03,
    emojiRate: 1,
    exclamations: 0.8,
    verbosity: 2,
    languages: { es: { accuracy: 0.55 } },
  },
  "judge-sim": {
    description: "demo: a scripted judge that marks down refusals, loops, emoji, filler and missed lengths (never a real grader)",
    rules: [{ solve: "better-answer" }, { solve: "rubric-grade" }],
  },
};

const JUDGE = "simulator:judge-sim@demo";

export const demoCommand: Command = {
  name: "demo",
  summary: "Run the review's battery against two simulated deployments of one model and write a report (simulated: shows the tool, not a model).",
  usage: "demo [--db path]",
  options: { db: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const simulator = await startSimulator({ port: 0, profiles: DEMO_PROFILES });
    const env = { ...io.env, SIMULATOR_BASE_URL: simulator.url };
    const loaded = { config: {}, path: undefined };
    let opened: OpenedStore | undefined;
    try {
      io.stdout.write(`demo: provider simulator (a test double) on ${simulator.url}; every number below is simulated\n`);
      const values = {
        model: ["simulator:llama-sim@host-a", "simulator:llama-sim-degraded@host-b"],
        judge: [JUDGE],
        scale: "quick",
        lengths: "1k,4k,8k,16k,32k",
        depths: "0..100:5",
        claims: "demo-sim",
        trials: "2",
        concurrency: "32",
      };
      const plan = await planArticle({ values, positionals: [] }, loaded, { env, cwd: io.cwd });
      const width = terminalWidth(io.stdout, io.env);
      io.stdout.write(`${fitLines(plan.planLines, width).join("\n")}\n`);
      opened = await openStore(storagePath(stringFlag(args.values, "db"), {}, io.cwd), { cwd: io.cwd, credentials: credentialsInUse(env) });
      const result = await executeArticle(plan, loaded, opened, { ...io, env }, { brief: true });
      return result.status === "completed" ? 0 : 1;
    } finally {
      await opened?.close();
      await simulator.close();
    }
  },
};
