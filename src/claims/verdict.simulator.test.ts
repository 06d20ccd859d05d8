// Claims held against simulated models whose truth is known: Meta's refusal claims against a model that answers
// everything and one that refuses one political side; speed, style and loop claims against paced, emoji-laden and
// looping deployments; and an underpowered accuracy claim whose trial estimate, followed, decides it.

import { describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";
import { refusalFamily } from "../families/refusal/refusal-family.ts";
import type { SimulatorProfile } from "../simulator/profile.ts";
import { arithmeticTask } from "../test-support/arithmetic-task.ts";
import { runTasksOnSimulator, simulatorTarget } from "../test-support/run-task.ts";
import { loadClaimSet } from "./builtin-claim-sets.ts";
import type { Evidence } from "./evidence.ts";
import { evidenceFromRun } from "../runner/run-evidence.ts";
import { decideVerdict, judgeClaims, NOT_TESTED_HERE } from "./verdict.ts";

/** Helpful-sounding text with no refusal cue: what a model that answers everything says. */
const ANSWER = "Sure. Here is a clear, factual answer to your question, with the key points explained one by one.";

async function evidenceOf(tasks: Task[], models: string[], profiles: Record<string, SimulatorProfile>, trials = 1, stream = false, concurrency?: number): Promise<Evidence> {
  const targets: TargetSpec[] = models.map((model) => simulatorTarget(model, stream));
  const run = await runTasksOnSimulator(tasks, { models, profiles, trials, stream, concurrency });
  return evidenceFromRun(run.store, run.runId, { tasks, targets, trials });
}

const claim = (fields: Partial<Claim> & Pick<Claim, "kind" | "threshold">): Claim => ({ id: "c", subject: { model: "sim" }, statement: "s", comparison: "<=", ...fields });

describe("Meta's refusal claims against simulated models", () => {
  it("contradicts them for a model that refuses one side, calls a perfect complier underpowered, and lists the rest as not tested", async () => {
    const task = await refusalFamily.build(refusalFamily.optionsSchema.parse({ kinds: ["mirror"] }), { seed: 1, cwd: "/" });
    const words = (side: string) => new Set(task.items.filter((i) => i.metadata.side === side).flatMap((i) => i.input.toLowerCase().match(/\p{L}+/gu) ?? []));
    const left = words("left");
    const rightOnly = [...words("right")].filter((word) => !left.has(word));
    const profiles = { complier: { rules: [], fallback: ANSWER }, "one-sided": { rules: [], fallback: ANSWER, refuseKeywords: rightOnly } };
    const evidence = await evidenceOf([task], ["complier@llama-4-scout", "one-sided@llama-4-scout"], profiles);

    const verdicts = judgeClaims(loadClaimSet("llama-4-scout"), evidence);
    const status = (id: string) => verdicts.filter((v) => v.claim.id === id).map((v) => [v.targetId, v.status, v.trialsToDecide]);
    expect(status("scout-political-refusals")).toEqual([
      ["simulator:complier@llama-4-scout", "inconclusive", 4],
      ["simulator:one-sided@llama-4-scout", "contradicted", undefined],
    ]);
    expect(status("scout-unequal-refusals")).toEqual([
      ["simulator:complier@llama-4-scout", "inconclusive", 15],
      ["simulator:one-sided@llama-4-scout", "contradicted", undefined],
    ]);
    const untested = verdicts.filter((v) => v.status === "not-tested");
    expect(new Set(untested.map((v) => v.evidence))).toEqual(
      new Set([
        NOT_TESTED_HERE,
        "not tested here: LiveCodeBench is scored by running the generated code against tests, which needs a code sandbox realitycheck does not have",
        "no context probe of this target (run probe-context)",
        "no niah result for this target",
        "no niah task in the run for this target",
        "no mmlu-pro run for this target",
        "no gpqa-diamond run for this target",
        "no mgsm run for this target",
      ]),
    );
    expect(verdicts.filter((v) => v.targetId !== undefined).every((v) => v.simulated)).toBe(true);
  });
});

describe("speed, style and loop claims against simulated deployments", () => {
  it("tells a fast, plain, steady deployment from a slow, emoji-laden, looping one", async () => {
    const profiles = {
      fast: { extends: "honest", latencyMs: 5 },
      slow: { extends: "honest", latencyMs: 600, tokensPerSecond: 40 },
      emoji: { extends: "emoji-verbose" },
      loops: { extends: "looping" },
    };
    const task = arithmeticTask(12);
    // On the virtual clock, one request at a time, each measured time is the scripted one: nothing else is in flight.
    const timed = (model: string) => evidenceOf([task], [model], profiles, 1, true, 1);
    const [fast, slow] = [await timed("fast@sim"), await timed("slow@sim")];
    const firstToken = claim({ kind: "speed", metric: "ttft_ms", threshold: 400 });
    expect(decideVerdict(firstToken, fast, "simulator:fast@sim")).toMatchObject({
      status: "supported",
      measured: { name: "ttft_ms p50", value: 5, n: 12, interval: { method: "order-statistic" } },
    });
    expect(decideVerdict(firstToken, slow, "simulator:slow@sim")).toMatchObject({ status: "contradicted", measured: { value: 600 } });
    const speed = claim({ kind: "speed", metric: "output_tokens_per_second", comparison: ">=", threshold: 100 });
    expect(decideVerdict(speed, slow, "simulator:slow@sim").status).toBe("contradicted");

    const evidence = await evidenceOf([task], ["fast@sim", "emoji@sim", "loops@sim"], profiles, 1, true);
    const verdict = (c: Claim, model: string) => decideVerdict(c, evidence, `simulator:${model}`);

    const noEmoji = claim({ kind: "style", metric: "style:emoji_per_1k", threshold: 0 });
    // Twelve answers without an emoji cannot show there will never be one: no interval, so no "supported".
    expect(verdict(noEmoji, "fast@sim")).toMatchObject({ status: "inconclusive", evidence: expect.stringMatching(/^style:emoji_per_1k 0 \(n=12\): no interval/) });
    expect(verdict(noEmoji, "emoji@sim").status).toBe("contradicted");

    const loops = claim({ kind: "metric", metric: "loop_rate", threshold: 0.02 });
    expect(verdict(loops, "loops@sim")).toMatchObject({ status: "contradicted", measured: { value: 1, n: 12 } });
    expect(verdict(loops, "fast@sim")).toMatchObject({ status: "inconclusive", measured: { value: 0, n: 12 } });
  });
});

describe("an underpowered accuracy claim", () => {
  it("is inconclusive with a trial estimate that, followed, decides it", async () => {
    // Fresh wording every trial, so each trial is a fresh draw of the simulator's 60% accuracy.
    const base = arithmeticTask(10);
    const task: Task = { ...base, prompt: (item, { trial }) => [{ role: "user", content: `${item.input} (attempt ${trial})` }] };
    const profiles = { sixty: { extends: "honest", accuracy: 0.6 } };
    const atLeast = claim({ kind: "metric", family: "test", metric: "accuracy", comparison: ">=", threshold: 0.8 });

    const few = decideVerdict(atLeast, await evidenceOf([task], ["sixty@sim"], profiles), "simulator:sixty@sim");
    expect(few).toMatchObject({ status: "inconclusive", evidence: "accuracy 0.6 [0.313, 0.832] (n=10) straddles 0.8", trialsToDecide: 3 });

    const enough = decideVerdict(atLeast, await evidenceOf([task], ["sixty@sim"], profiles, few.trialsToDecide), "simulator:sixty@sim");
    expect(enough).toMatchObject({ status: "contradicted", measured: { n: 10 * few.trialsToDecide! } });
  });
});
