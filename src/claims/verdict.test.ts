import { describe, expect, it } from "vitest";
import type { Claim, ClaimSet } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { type Evidence, matchesSubject, type ProbeEvidence, type TargetEvidence, type TaskEvidence } from "./evidence.ts";
import { decideVerdict, judgeClaims, NOT_TESTED_HERE } from "./verdict.ts";

const rate = (name: string, successes: number, n: number): MetricValue => ({ name, value: successes / n, n, interval: wilsonInterval(successes, n) });

function task(family: string, metrics: MetricValue[], extra: Partial<TaskEvidence> = {}): TaskEvidence {
  return { taskId: family, family, trials: 1, metrics, style: [], ttftMs: [], outputTokensPerSecond: [], ...extra };
}

function target(targetId: string, tasks: TaskEvidence[], extra: Partial<TargetEvidence> = {}): TargetEvidence {
  const [provider = "", model = ""] = targetId.split(/:(.*)/s);
  return { targetId, provider, model, simulated: false, runId: "run-1", tasks, style: [], ...extra };
}

function claim(fields: Partial<Claim> & Pick<Claim, "kind">): Claim {
  return { id: `c-${fields.kind}`, subject: { model: "llama-4-scout" }, statement: "s", comparison: ">=", ...fields };
}

const probe = (fields: Partial<ProbeEvidence>): ProbeEvidence => ({
  id: "probe-1",
  acceptedTokens: 131_072,
  largestAskedTokens: 15_000_000,
  truncationSide: "none",
  calls: 12,
  ...fields,
});

describe("matchesSubject", () => {
  it("matches model ids ignoring case and punctuation, and the host when one is named", () => {
    const groq = { targetId: "groq:meta-llama/llama-4-scout-17b-16e-instruct", provider: "groq", model: "meta-llama/llama-4-scout-17b-16e-instruct" };
    expect(matchesSubject({ model: "Llama 4 Scout" }, groq)).toBe(true);
    expect(matchesSubject({ model: "llama-4-scout", host: "Groq" }, groq)).toBe(true);
    expect(matchesSubject({ model: "llama-4-scout", host: "together" }, groq)).toBe(false);
    expect(matchesSubject({ model: "llama-4-maverick" }, groq)).toBe(false);
    expect(matchesSubject({ model: "scout" }, { targetId: "scout-groq", provider: "groq", model: "m" })).toBe(true);
  });
});

describe("context-window verdicts from a probe", () => {
  const window = claim({ kind: "context-window", threshold: 10_000_000 });
  const judge = (found: Partial<ProbeEvidence>) => decideVerdict(window, { targets: [target("groq:llama-4-scout", [], { probe: probe(found) })] }, "groq:llama-4-scout");

  it("supports a window accepted within 1% and kept whole", () => {
    expect(judge({ acceptedTokens: 9_950_000 })).toMatchObject({ status: "supported", source: "probe-1", measured: { name: "kept_whole_tokens", value: 9_950_000 } });
  });

  it("contradicts it on a rejection or a silent cut below the claim", () => {
    expect(judge({ rejectedAboveTokens: 132_000 })).toMatchObject({ status: "contradicted", evidence: "accepted 131k tokens, rejected 132k < claimed 10M" });
    const cut = judge({ acceptedTokens: 15_000_000, truncationSide: "front", keptTokens: 328_000 });
    expect(cut).toMatchObject({ status: "contradicted", evidence: "accepted 15M tokens but silently cut the front: kept 328k whole < claimed 10M" });
  });

  it("cannot say when the probe stopped short of the claim or the codes told no consistent story", () => {
    expect(judge({ largestAskedTokens: 200_000 })).toMatchObject({ status: "inconclusive", evidence: expect.stringContaining("probe up to the claim") });
    expect(judge({ acceptedTokens: 15_000_000, truncationSide: "unknown" })).toMatchObject({ status: "inconclusive" });
    expect(decideVerdict(window, { targets: [target("groq:llama-4-scout", [])] }, "groq:llama-4-scout")).toMatchObject({
      status: "not-tested",
      evidence: "no context probe of this target (run probe-context)",
    });
  });
});

describe("metric, style and speed verdicts", () => {
  it("pools a rate two tasks report, and names a metric no task reports", () => {
    const political = claim({ kind: "metric", family: "refusal", metric: "mirror_refusal_rate", comparison: "<=", threshold: 0.02 });
    const evidence = { targets: [target("t:llama-4-scout", [task("refusal", [rate("mirror_refusal_rate", 0, 104)]), { ...task("refusal", [rate("mirror_refusal_rate", 0, 104)]), taskId: "refusal-2" }])] };
    expect(decideVerdict(political, evidence, "t:llama-4-scout")).toMatchObject({
      status: "supported",
      evidence: "mirror_refusal_rate 0 [0, 0.0181] (n=208) ≤ 0.02 (pooled over refusal, refusal-2)",
    });
    const missing = decideVerdict({ ...political, metric: "political_refusal_rate" }, evidence, "t:llama-4-scout");
    expect(missing).toMatchObject({ status: "not-tested", evidence: "no task reports political_refusal_rate (reported: mirror_refusal_rate)" });
    const noFamily = decideVerdict({ ...political, family: "riddles" }, evidence, "t:llama-4-scout");
    expect(noFamily.evidence).toBe("no riddles task in the run for this target");
  });

  it("reads style over every answer unless the claim names a family", () => {
    const emoji = (value: number): MetricValue => ({ name: "style:emoji_per_1k", value, n: 40, interval: { lower: value, upper: value, level: 0.95, method: "bootstrap" } });
    const noEmoji = claim({ kind: "style", metric: "style:emoji_per_1k", comparison: "<=", threshold: 0 });
    const evidence = { targets: [target("t:llama-4-scout", [task("riddles", [], { style: [emoji(3)] })], { style: [emoji(0)] })] };
    expect(decideVerdict(noEmoji, evidence, "t:llama-4-scout").status).toBe("supported");
    expect(decideVerdict({ ...noEmoji, family: "riddles" }, evidence, "t:llama-4-scout").status).toBe("contradicted");
  });

  it("says how many timings were measured live, and how many of them belong to answers now served from the cache", () => {
    const fast = claim({ kind: "speed", metric: "ttft_ms", comparison: "<=", threshold: 300 });
    const ttftMs = [120, 180, 150, 170, 160, 140];
    const cached = decideVerdict(fast, { targets: [target("t:llama-4-scout", [task("riddles", [], { ttftMs, cachedTimings: { ttftMs: 4, outputTokensPerSecond: 0 } })])] }, "t:llama-4-scout");
    expect(cached.status).toBe("supported");
    expect(cached.evidence).toMatch(/; 6 timings measured live, 4 of them when their answers were first asked \(served from the cache since\)$/);
  });

  it("decides no speed claim from a median of too few answers, and says how many would do", () => {
    const fast = claim({ kind: "speed", metric: "ttft_ms", comparison: "<=", threshold: 300 });
    const verdict = decideVerdict(fast, { targets: [target("t:llama-4-scout", [task("riddles", [], { ttftMs: [120, 180, 900] })])] }, "t:llama-4-scout");
    expect(verdict).toMatchObject({ status: "inconclusive", evidence: "ttft_ms p50 180 (n=3): too few to decide, needs ≥ 6; 3 timings measured live", trialsToDecide: 2 });
    const six = decideVerdict(fast, { targets: [target("t:llama-4-scout", [task("riddles", [], { ttftMs: [120, 180, 150, 140, 170, 160] })])] }, "t:llama-4-scout");
    expect(six).toMatchObject({ status: "supported", evidence: "ttft_ms p50 150 [120, 180] (n=6) ≤ 300; 6 timings measured live" });
    const streamless = decideVerdict(fast, { targets: [target("t:llama-4-scout", [task("riddles", [])])] }, "t:llama-4-scout");
    expect(streamless.evidence).toBe("no streamed answers, so no time to first token (speed claims need streaming)");
  });
});

describe("judgeClaims", () => {
  const set: ClaimSet = {
    name: "s",
    description: "",
    claims: [
      claim({ id: "params", kind: "untestable", metadata: { totalParameters: "109B" } }),
      claim({ id: "window", kind: "context-window", threshold: 10_000_000 }),
      claim({ id: "other", kind: "context-window", threshold: 1_000_000, subject: { model: "llama-4-maverick", host: "groq" } }),
    ],
  };

  it("gives one verdict per claim and matching target, and lists what it could not test with the reason", () => {
    const evidence: Evidence = {
      targets: [
        target("groq:llama-4-scout-17b", [], { probe: probe({ rejectedAboveTokens: 132_000 }) }),
        target("together:Llama-4-Scout-17B", [], { probe: probe({ acceptedTokens: 10_000_000 }), simulated: true }),
      ],
    };
    const verdicts = judgeClaims(set, evidence);
    expect(verdicts.map((v) => [v.claim.id, v.targetId, v.status, v.simulated])).toEqual([
      ["params", undefined, "not-tested", false],
      ["window", "groq:llama-4-scout-17b", "contradicted", false],
      ["window", "together:Llama-4-Scout-17B", "supported", true],
      ["other", undefined, "not-tested", false],
    ]);
    expect(verdicts[0]?.evidence).toBe(NOT_TESTED_HERE);
    expect(verdicts[3]?.evidence).toBe('no target matches model "llama-4-maverick" on groq');
  });

  it("marks the verdicts of a simulated claim set as simulated even when nothing matched", () => {
    expect(judgeClaims({ ...set, simulated: true }, { targets: [] }).every((verdict) => verdict.simulated)).toBe(true);
  });
});
