// Pairwise judging after a run: every pair of targets' answers to the same item and trial, shown to each judge in
// both orders (a win counts only if it holds both ways), fitted into Bradley-Terry ratings with bootstrap intervals,
// plain and length-controlled, with each judge's position consistency. Judges ask through the run's request pipeline
// (their pool is bound to it), so a budget cap or Ctrl-C stops the judging cleanly, with what was judged kept.

import { isRealitycheckError, RunStoppedError } from "../core/errors.ts";
import type { JudgeModel } from "../core/judge.ts";
import type { MetricValue } from "../core/metric.ts";
import type { ScoredSample } from "../core/task.ts";
import { bothOrdersOutcome, positionConsistency, type BothOrdersVerdicts } from "../judging/both-orders.ts";
import { pairwiseJudgePrompt } from "../judging/judge-prompts.ts";
import { parsePairwiseVerdict, type PairwiseVerdict } from "../judging/pairwise-verdict.ts";
import { bradleyTerryIntervals, type PairwiseOutcome, type PairwiseWinner } from "../stats/bradley-terry.ts";
import { cohenKappa, cohenKappaInterval } from "../stats/cohen-kappa.ts";
import { lengthControlledIntervals, type LengthOutcome } from "../stats/length-controlled-bt.ts";
import type { RatingIntervals } from "../stats/rating-intervals.ts";
import { estimatePromptTokens } from "./estimate-tokens.ts";

/** Room for brief reasoning before the WINNER line. */
export const PAIRWISE_OUTPUT_TOKENS = 400;

export interface PairwiseInput {
  /** Finished samples of one task, by target id. */
  samples: ReadonlyMap<string, readonly ScoredSample[]>;
  judges: readonly JudgeModel[];
  /** Requests in flight per judge. */
  concurrency?: number;
  onJudged?: () => void;
}

export interface JudgeRatings {
  judgeId: string;
  comparisons: number;
  unscored: number;
  /** Undefined when no pair got a readable verdict in both orders. */
  ratings?: RatingIntervals;
  lengthControlled?: RatingIntervals;
  positionConsistency: MetricValue;
  /** Per pairing (same order for every judge): who won in both orders, or undefined when unreadable or not asked. */
  winners: (PairwiseWinner | undefined)[];
  /** Why judging stopped before every pairing was asked; the pairings not asked count as unscored. */
  stopped?: RunStoppedError["reason"];
}

/** How two judges of a panel agree on who won each pairing both read (unweighted Cohen's kappa, bootstrap interval). */
export interface JudgeAgreement {
  first: string;
  second: string;
  kappa: MetricValue;
}

interface Pairing {
  x: string;
  y: string;
  question: string;
  answerX: string;
  answerY: string;
}

export async function judgePairwise(input: PairwiseInput): Promise<JudgeRatings[]> {
  const pairings = pairingsOf(input.samples);
  const results: JudgeRatings[] = [];
  let stopped: RunStoppedError | undefined;
  for (const judge of input.judges) {
    const verdicts = await mapLimited(pairings, input.concurrency ?? 4, async (pairing): Promise<BothOrdersVerdicts> => {
      if (stopped) return { xFirst: undefined, yFirst: undefined };
      try {
        const xFirst = await ask(judge, pairing.question, pairing.answerX, pairing.answerY);
        const yFirst = await ask(judge, pairing.question, pairing.answerY, pairing.answerX);
        input.onJudged?.();
        return { xFirst, yFirst };
      } catch (error) {
        if (!(error instanceof RunStoppedError)) throw error;
        stopped ??= error;
        return { xFirst: undefined, yFirst: undefined };
      }
    });
    const outcomes: PairwiseOutcome[] = [];
    const withLengths: LengthOutcome[] = [];
    const winners: (PairwiseWinner | undefined)[] = [];
    pairings.forEach((pairing, i) => {
      const outcome = bothOrdersOutcome(pairing.x, pairing.y, verdicts[i]!);
      winners.push(outcome?.winner);
      if (!outcome) return;
      outcomes.push(outcome);
      withLengths.push({ ...outcome, lengthA: pairing.answerX.length, lengthB: pairing.answerY.length });
    });
    results.push({
      judgeId: judge.id,
      comparisons: pairings.length,
      unscored: pairings.length - outcomes.length,
      ratings: outcomes.length === 0 ? undefined : bradleyTerryIntervals(outcomes),
      lengthControlled: outcomes.length === 0 ? undefined : lengthControlledIntervals(withLengths),
      positionConsistency: positionConsistency(verdicts),
      winners,
      stopped: stopped?.reason,
    });
  }
  return results;
}

/** What one judge is sent for these samples, before anything is sent: every pairing, in both orders. */
export function pairwiseLoad(samples: ReadonlyMap<string, readonly ScoredSample[]>): { requests: number; inputTokens: number; outputTokens: number } {
  let inputTokens = 0;
  const pairings = pairingsOf(samples);
  for (const p of pairings) inputTokens += 2 * estimatePromptTokens(pairwiseJudgePrompt({ question: p.question, answerA: p.answerX, answerB: p.answerY }));
  const requests = 2 * pairings.length;
  return { requests, inputTokens, outputTokens: requests * PAIRWISE_OUTPUT_TOKENS };
}

/** Kappa for every pair of judges, over the pairings both judges read. */
export function panelAgreement(results: readonly JudgeRatings[]): JudgeAgreement[] {
  const agreements: JudgeAgreement[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      const [first, second] = [results[i]!, results[j]!];
      const both = first.winners.flatMap((winner, k) => (winner !== undefined && second.winners[k] !== undefined ? [[winner, second.winners[k]!] as const] : []));
      const a = both.map(([x]) => x);
      const b = both.map(([, y]) => y);
      const kappa = both.length === 0 ? null : cohenKappa(a, b).kappa;
      agreements.push({
        first: first.judgeId,
        second: second.judgeId,
        kappa: { name: "judge_agreement", value: kappa, n: both.length, interval: kappa === null ? undefined : cohenKappaInterval(a, b, { seed: 1 }) },
      });
    }
  }
  return agreements;
}

async function ask(judge: JudgeModel, question: string, answerA: string, answerB: string): Promise<PairwiseVerdict | undefined> {
  try {
    const reply = await judge.generate(pairwiseJudgePrompt({ question, answerA, answerB }), { temperature: 0, maxOutputTokens: PAIRWISE_OUTPUT_TOKENS });
    return parsePairwiseVerdict(reply.text);
  } catch (error) {
    if (isRealitycheckError(error)) return undefined;
    throw error;
  }
}

/** Every pair of targets that both answered the same item in the same trial, in a stable order. */
function pairingsOf(samples: ReadonlyMap<string, readonly ScoredSample[]>): Pairing[] {
  const targets = [...samples.keys()].sort();
  const answers = new Map<string, Map<string, ScoredSample>>();
  for (const target of targets) {
    answers.set(target, new Map((samples.get(target) ?? []).filter((s) => s.status === "done" && s.result).map((s) => [`${s.itemId}#${s.trial}`, s])));
  }
  const pairings: Pairing[] = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const x = targets[i]!;
      const y = targets[j]!;
      for (const [key, sampleX] of answers.get(x)!) {
        const sampleY = answers.get(y)!.get(key);
        if (sampleY) pairings.push({ x, y, question: sampleX.item.input, answerX: sampleX.result!.text, answerY: sampleY.result!.text });
      }
    }
  }
  return pairings;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
