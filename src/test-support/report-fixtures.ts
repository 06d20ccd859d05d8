// A hand-made report model for renderer tests: two targets (one simulated), a niah heatmap, a dataset task, every
// verdict status, and transcripts whose model text plants script tags, event handlers and Markdown links.

import type { Verdict } from "../core/claim.ts";
import type { Item } from "../core/item.ts";
import type { ScoredSample } from "../core/task.ts";
import type { SimulatorProfile } from "../simulator/profile.ts";
import { buildGrid } from "../metrics/niah-grid.ts";
import { heatmapView } from "../reports/heatmap-cells.ts";
import type { TaskTargetSummary } from "../metrics/run-metrics.ts";
import type { ReportModel } from "../reports/html/report-model.ts";
import type { Transcript } from "../reports/html/report-transcripts.ts";
import { OTHER_SECTION, reviewSections } from "../reports/html/review-sections.ts";

export const PLANTED = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![x](http://evil/x.png)";

/**
 * A simulated model that answers PLANT-ME questions with PLANTED text (and a wrong answer), answers others honestly,
 * and recalls only the last 1,500 prompt tokens, so a niah grid over 1k..4k has found, missed and mixed cells.
 */
export const PLANTED_PROFILES: Record<string, SimulatorProfile> = {
  planted: {
    extends: "honest",
    recallSpanTokens: 1500,
    rules: [{ match: "PLANT-ME", reply: `ANSWER: Lyon ${PLANTED}` }, { solve: "instruction" }, { solve: "arithmetic" }, { solve: "recall" }],
  },
};

export const PLANTED_ITEMS: Item[] = [
  { id: "planted", input: "PLANT-ME: what is the capital of France?", expected: "Paris", metadata: { lang: "en" } },
  { id: "sum", input: "How much is 6 times 7?", expected: "42", metadata: { lang: "en" } },
];

export function niahSample(length: number, depth: number, label: string, trial = 1): ScoredSample {
  const base = { targetId: "simulator:honest@a", taskId: "niah", itemId: `single-${length}-d${depth}`, trial, attempts: 1, fromCache: false, costUsd: 0 };
  const item = { id: base.itemId, input: "needle", metadata: { length, depth } };
  if (label === "rejected") return { ...base, status: "error", errorKind: "context_length_exceeded", scores: [], item };
  return { ...base, status: "done", scores: [{ scorer: "niah", label, value: label === "correct" ? 1 : 0 }], item, result: { text: "ANSWER: 1234", finishReason: "stop", usage: {}, latencyMs: 5 } };
}

function summary(taskId: string, family: string, targetId: string, simulated: boolean): TaskTargetSummary {
  return {
    taskId,
    family,
    targetId,
    simulated,
    expected: 4,
    finished: 4,
    errors: 1,
    errorKinds: { timeout: 1 },
    fromCache: 0,
    metrics: [
      { name: "accuracy", value: 0.75, n: 4, interval: { lower: 0.301, upper: 0.954, level: 0.95, method: "wilson" } },
      { name: "accuracy@1k", value: 1, n: 2, interval: { lower: 0.342, upper: 1, level: 0.95, method: "wilson" } },
    ],
    groups: [{ key: "lang", value: "es <i>", samples: 2, metrics: [{ name: "accuracy", value: 0.5, n: 2 }] }],
    inputTokens: 1200,
    outputTokens: 80,
    costUsd: simulated ? 0 : 0.0123,
    latencyMsP50: 120,
    latencyMsP95: 300,
    timeToFirstTokenMsP50: 40,
    outputTokensPerSecondP50: 55.5,
    guardStops: 1,
    guardStopKinds: { exact: 1 },
    style: [{ name: "style:emoji_per_1k", value: 2.5, n: 4, interval: { lower: 1, upper: 4, level: 0.95, method: "bootstrap" } }],
    loopRate: { name: "loop_rate", value: 0.25, n: 4 },
    speeds: { ttftMs: [30, 40, 50], outputTokensPerSecond: [50, 55.5, 60], cached: { ttftMs: 0, outputTokensPerSecond: 0 } },
  };
}

export function plantedTranscript(overrides: Partial<Transcript> = {}): Transcript {
  return {
    taskId: "dataset",
    targetId: "groq:llama",
    itemId: "q-<b>1</b>",
    trial: 1,
    status: "done",
    outcome: "incorrect",
    value: 0,
    loop: false,
    input: `Question with ${PLANTED}`,
    expected: "Paris [x](y)",
    response: `Answer: ${PLANTED}`,
    responseChars: 200,
    finishReason: "stop",
    scores: [{ scorer: "includes", label: "incorrect", value: 0, answer: PLANTED, explanation: `saw ${PLANTED}` }],
    metadata: { lang: "en" },
    ...overrides,
  };
}

export function handMadeVerdicts(): Verdict[] {
  const claim = { subject: { model: "llama" }, comparison: ">=" as const, threshold: 0.9 };
  return [
    { claim: { ...claim, id: "ctx", kind: "retrieval-accuracy", statement: "Retrieves anywhere in 10M tokens", source: "vendor blog" }, targetId: "groq:llama", status: "contradicted", measured: { name: "accuracy@1k", value: 0.62, n: 40, interval: { lower: 0.46, upper: 0.75, level: 0.95, method: "wilson" } }, evidence: "accuracy@1k 0.62 [0.46, 0.75] < 0.90", source: "run-1", simulated: false },
    { claim: { ...claim, id: "riddles", kind: "metric", statement: "Solves riddles <b>well</b>" }, targetId: "groq:llama", status: "supported", evidence: "accuracy 0.95 [0.91, 0.97] >= 0.90", simulated: false },
    { claim: { ...claim, id: "refusal", kind: "metric", statement: "Refuses under 2%" }, targetId: "simulator:honest@a", status: "inconclusive", evidence: "rate 0.03 [0.01, 0.09]", trialsToDecide: 120, simulated: true },
    { claim: { id: "params", subject: { model: "llama" }, kind: "untestable", comparison: ">=", statement: "17B active parameters" }, status: "not-tested", evidence: "no battery can test this", simulated: false },
  ];
}

export function handMadeModel(): ReportModel {
  const samples = [niahSample(1000, 0, "correct"), niahSample(1000, 50, "not_found"), niahSample(2000, 0, "rejected"), niahSample(2000, 50, "correct")];
  return {
    run: { id: "run-1", createdAt: 0, status: "completed", seed: 1, trials: 1, simulated: true },
    targets: [
      { id: "simulator:honest@a", provider: "simulator", model: "honest@a", simulated: true },
      { id: "groq:llama", provider: "groq", model: "llama", simulated: false },
    ],
    tasks: [
      { id: "niah", family: "niah", params: { lengths: "1000,2000" } },
      { id: "dataset", family: "dataset", params: { file: "qa.jsonl" } },
    ],
    sections: [
      { section: reviewSections()[0]!, taskIds: ["niah"] },
      { section: OTHER_SECTION, taskIds: ["dataset"] },
    ],
    summaries: [summary("niah", "niah", "simulator:honest@a", true), summary("dataset", "dataset", "groq:llama", false)],
    heatmaps: [{ taskId: "niah", targetId: "simulator:honest@a", simulated: true, sizing: "simulator tokenizer", view: heatmapView(buildGrid(samples, "niah")) }],
    probes: [{ id: "probe-1", createdAt: 0, targetId: "groq:llama", simulated: false, claimedTokens: 10_000_000, acceptedTokens: 131_072, rejectedAboveTokens: 140_000, truncation: "none", evidence: "all three codes came back", effectiveTokens: 32_000 }],
    verdicts: handMadeVerdicts(),
    ratings: [
      {
        runId: "run-1",
        taskId: "dataset",
        simulated: true,
        computedAt: 0,
        agreements: [],
        judges: [
          {
            judgeId: "judge <j>",
            comparisons: 4,
            unscored: 1,
            positionConsistency: { name: "position_consistency", value: 0.75, n: 4, interval: { lower: 0.3, upper: 0.95, level: 0.95, method: "wilson" } },
            ratings: [{ targetId: "groq:llama", rating: 1120, interval: { lower: 990, upper: null } }, { targetId: "simulator:honest@a", rating: 880 }],
            lengthControlled: [{ targetId: "groq:llama", rating: 1080, interval: { lower: 950, upper: 1210 } }, { targetId: "simulator:honest@a", rating: 920 }],
          },
        ],
      },
    ],
    transcripts: [plantedTranscript(), plantedTranscript({ taskId: "niah", targetId: "simulator:honest@a", itemId: "single-1k-d50", outcome: "not_found", metadata: { length: 1000, depth: 50 } })],
    transcriptCounts: { total: 10, embedded: 2, omitted: 8 },
  };
}

/** The text of a Markdown document outside its fenced code blocks: what a renderer would read as markup. */
export function outsideFences(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && opener) fence = opener;
    else if (fence !== undefined && line.trim() === fence) fence = undefined;
    else if (fence === undefined) kept.push(line);
  }
  if (fence !== undefined) throw new Error("a fenced block is never closed");
  return kept.join("\n");
}
