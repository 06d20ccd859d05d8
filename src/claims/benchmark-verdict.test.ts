import { describe, expect, it } from "vitest";
import type { Claim } from "../core/claim.ts";
import type { MetricValue } from "../core/metric.ts";
import { wilsonInterval } from "../stats/wilson-interval.ts";
import { benchmarkFinding } from "./benchmark-verdict.ts";
import type { TargetEvidence } from "./evidence.ts";
import { renderVerdicts } from "./render-verdicts.ts";
import { decideVerdict } from "./verdict.ts";

const claim: Claim = {
  id: "scout-mmlu-pro",
  subject: { model: "llama-4-scout" },
  kind: "benchmark",
  statement: "74.3 on MMLU Pro",
  benchmark: "mmlu-pro",
  metric: "macro_avg/acc",
  score: 74.3,
  tolerance: 2,
  protocol: { shots: 0, cot: true, temperature: 0 },
  comparison: ">=",
  threshold: 0.723,
};

function target(score: MetricValue, benchmark = "mmlu-pro"): TargetEvidence {
  return {
    targetId: "groq:llama-4-scout",
    provider: "groq",
    model: "llama-4-scout",
    simulated: false,
    runId: "run-1",
    style: [],
    tasks: [
      {
        taskId: benchmark,
        family: "benchmark",
        params: { benchmark, headline: "macro_accuracy", protocol: "0-shot, chain of thought, temperature 0" },
        trials: 1,
        metrics: [score],
        style: [],
        ttftMs: [],
        outputTokensPerSecond: [],
      },
    ],
  };
}

const rate = (successes: number, n: number): MetricValue => ({ name: "macro_accuracy", value: successes / n, n, interval: wilsonInterval(successes, n) });

describe("benchmarkFinding", () => {
  it("supports a score whose whole interval reaches the vendor's score less the tolerance", () => {
    expect(benchmarkFinding(claim, target(rate(7600, 10000)))).toMatchObject({
      status: "supported",
      evidence: "mmlu-pro macro_accuracy 0.76 [0.752, 0.768] (n=10000) ≥ 0.723 (74.3 − 2 points); asked 0-shot, chain of thought, temperature 0",
    });
  });

  it("contradicts a host whose interval lies wholly below it", () => {
    expect(benchmarkFinding(claim, target(rate(6500, 10000))).status).toBe("contradicted");
  });

  it("calls a small subset inconclusive and names the --limit that would likely decide it", () => {
    const finding = benchmarkFinding(claim, target(rate(74, 100)));
    expect(finding.status).toBe("inconclusive");
    expect(finding.evidence).toMatch(/straddles 0\.723 \(74\.3 − 2 points\); .*; about (\d+) questions \(--limit \1\) would likely decide it$/u);
    expect(finding.trialsToDecide).toBeUndefined();
    const gpqa = benchmarkFinding({ ...claim, benchmark: "gpqa-diamond", score: 57.2, threshold: 0.552 }, target({ ...rate(58, 100), name: "macro_accuracy" }, "gpqa-diamond"));
    expect(gpqa.evidence).toMatch(/; all 198 questions × \d+ trials would likely decide it$/u);
    expect(gpqa.trialsToDecide).toBeGreaterThan(1);
  });

  it("leaves claims it cannot test as not tested, with the reason", () => {
    expect(benchmarkFinding({ ...claim, protocol: { shots: 5, cot: true } }, target(rate(76, 100)))).toEqual({
      status: "not-tested",
      evidence: "the claim's score is 5-shot; realitycheck asks benchmarks 0-shot",
    });
    expect(benchmarkFinding(claim, target(rate(76, 100), "mgsm")).evidence).toBe("no mmlu-pro run for this target");
  });

  it("renders as points, the way vendors state scores", () => {
    const evidence = { targets: [target(rate(7600, 10000))] };
    const lines = renderVerdicts([decideVerdict(claim, evidence, "groq:llama-4-scout")]);
    expect(lines[2]).toBe("scout-mmlu-pro  groq:llama-4-scout  supported  76.0 [75.2, 76.8] n=10000 vs ≥ 72.3 (74.3 − 2)");
  });
});
