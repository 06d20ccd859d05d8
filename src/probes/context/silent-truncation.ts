// Whether a host cuts long prompts without saying so, on which side, and the largest prompt it keeps whole.
// Read from the codes planted at the start, middle and end of every probe prompt, and from the host's token counts.
//
// The rule for calling a cut (rather than a model that overlooked a code): the code is missing at the check length
// AND either the host counted clearly fewer prompt tokens than were sent there, or the same code is missing in a
// second ask (another length already asked, else a fresh ask at the check length). Without a count from the host,
// a code the model consistently fails to recall looks the same as a cut; the evidence says so, and niah tells them apart.

import { CODE_POSITIONS, type CodePosition, type CodesKept } from "./codes-kept.ts";
import { type Bracket, MIN_PROBE_TOKENS, narrowBracket, shrinkUntilGood } from "./narrow-bracket.ts";
import type { AcceptedStep, ProbeLog } from "./probe-log.ts";

export type TruncationSide = "none" | "front" | "middle" | "back" | "unknown";

export interface TruncationFinding {
  /** Where the host cuts; "unknown" when the codes and the counts do not tell a consistent story. */
  side: TruncationSide;
  /** The largest prompt with every code back, in host tokens (within the precision); only when a cut was found. */
  keptTokens?: number;
  keptLocalTokens?: number;
  /** The length checked: the largest accepted ask, in local tokens. */
  checkedLocalTokens: number;
  /** The host counted clearly fewer prompt tokens than were sent at the checked length. */
  countShortfall: boolean;
  evidence: string;
}

/** The code a cut on each side loses first. */
const FIRST_LOST: Record<"front" | "middle" | "back", CodePosition> = { front: "start", middle: "middle", back: "end" };

export async function checkSilentTruncation(log: ProbeLog, check: AcceptedStep, precision: number): Promise<TruncationFinding> {
  const shortfall = log.countShortfall(check);
  const base = { checkedLocalTokens: check.localTokens, countShortfall: shortfall };
  const at = `at ${tokens(check.localTokens)} tokens`;
  const counted = countNote(log, check);
  const side = sideFromCodes(check.kept);
  if (side === "none") {
    if (shortfall) return { ...base, side: "unknown", evidence: `all three codes came back ${at}, yet ${counted}` };
    return { ...base, side: "none", evidence: `all three codes came back ${at}${counted ? ` (${counted})` : ""}` };
  }
  if (side === "unknown") {
    return { ...base, side, evidence: `${missingCodes(check.kept)} missing ${at}, which no one-sided cut explains${counted ? `; ${counted}` : ""}` };
  }

  const position = FIRST_LOST[side];
  const lost = `the ${position} code was missing ${at}`;
  let confirmation: string;
  if (shortfall) {
    confirmation = counted;
  } else if (log.acceptedSteps().some((step) => step !== check && !step.kept[position])) {
    confirmation = "it was missing at another length too";
  } else {
    const again = await log.ask(check.requestedTokens, "truncation");
    if (!again.accepted) return { ...base, side: "unknown", evidence: `${lost}, and the fresh ask to confirm it was rejected` };
    if (again.kept[position]) return { ...base, side: "none", evidence: `${lost} but came back in a fresh ask: a model miss, not a cut` };
    confirmation = "it was missing again in a fresh ask (with no count from the host, this could also be the model failing to recall it)";
  }

  const kept = await searchKeptLength(log, position, precision);
  if (kept === "missing-everywhere") {
    return { ...base, side, evidence: `${lost}; ${confirmation}; it was missing even at ${tokens(MIN_PROBE_TOKENS)} tokens` };
  }
  if (kept === "refuted") {
    return { ...base, side: "none", evidence: `${lost} and at one other length, but came back at every length between and in a fresh ask: model misses, not a cut` };
  }
  return {
    ...base,
    side,
    keptTokens: log.hostTokens(kept.good),
    keptLocalTokens: kept.good.localTokens,
    evidence: `${lost}; ${confirmation}; every code came back up to ${tokens(kept.good.localTokens)} tokens, the ${position} code was missing from ${tokens(kept.badLocalTokens)}`,
  };
}

/** start lost -> front, end lost -> back, only the middle lost -> middle; start and end both lost fits no one-sided cut. */
export function sideFromCodes(kept: CodesKept): TruncationSide {
  if (kept.start && kept.middle && kept.end) return "none";
  if (!kept.start && kept.end) return "front";
  if (kept.start && !kept.end) return "back";
  if (kept.start && kept.end) return "middle";
  return "unknown";
}

type KeptSearch = { good: AcceptedStep; badLocalTokens: number } | "missing-everywhere" | "refuted";

/**
 * Bisects on the survival of the first-lost code, from the asks so far: the largest length where it came back
 * (below the check length: a miss at a shorter length than a survival is a miss, not a cut) and the next one where it
 * did not. The final missing point is re-asked once unless the host's count or a second miss there confirms the cut,
 * so one model miss cannot set the result.
 */
async function searchKeptLength(log: ProbeLog, position: CodePosition, precision: number): Promise<KeptSearch> {
  const refuted = new Set<number>();
  const missingAt = (step: AcceptedStep) => !step.kept[position] && !refuted.has(step.requestedTokens);
  const isGood = async (size: number): Promise<boolean> => {
    const step = await log.ask(size, "truncation");
    return step.accepted && !missingAt(step);
  };
  // The host's count for a cut prompt is what it kept: where the boundary is, in its tokens.
  const statedBoundary = () => {
    const cut = log.acceptedSteps().findLast((step) => missingAt(step) && log.countShortfall(step));
    if (cut?.reportedPromptTokens === undefined) return undefined;
    return cut.reportedPromptTokens * log.localPerHostToken(largestGood(log, missingAt, Number.POSITIVE_INFINITY));
  };

  let bracket = initialBracket(log, missingAt);
  if (bracket === undefined) return "refuted";
  if (bracket.good === 0) bracket = await shrinkUntilGood(bracket.bad, isGood);
  if (bracket.good === 0) return "missing-everywhere";
  bracket = await narrowBracket(bracket, { precision, isGood, statedBoundary });
  const missing = stepsAt(log, bracket.bad).filter(missingAt);
  const confirmed = missing.length !== 1 || missing.some((step) => log.countShortfall(step));
  if (!confirmed && (await isGood(bracket.bad))) {
    refuted.add(bracket.bad);
    bracket = initialBracket(log, missingAt);
    if (bracket === undefined) return "refuted";
    bracket = await narrowBracket(bracket, { precision, isGood });
  }
  const good = largestGood(log, missingAt, bracket.bad);
  if (good === undefined) return "missing-everywhere";
  return { good, badLocalTokens: stepsAt(log, bracket.bad)[0]?.localTokens ?? bracket.bad };
}

/** Undefined when the code came back at the largest length asked, or at every length after a survival: no cut. */
function initialBracket(log: ProbeLog, missingAt: (step: AcceptedStep) => boolean): Bracket | undefined {
  const steps = log.acceptedSteps();
  const largestAsked = Math.max(...steps.map((step) => step.requestedTokens));
  const good = largestGood(log, missingAt, largestAsked)?.requestedTokens ?? 0;
  const missing = steps.filter((step) => step.requestedTokens > good && missingAt(step)).map((step) => step.requestedTokens);
  return missing.length === 0 ? undefined : { good, bad: Math.min(...missing) };
}

/** The largest accepted ask below `below` where the code came back. */
function largestGood(log: ProbeLog, missingAt: (step: AcceptedStep) => boolean, below: number): AcceptedStep | undefined {
  let best: AcceptedStep | undefined;
  for (const step of log.acceptedSteps()) {
    if (step.requestedTokens < below && !missingAt(step) && (best === undefined || step.requestedTokens > best.requestedTokens)) best = step;
  }
  return best;
}

function stepsAt(log: ProbeLog, size: number): AcceptedStep[] {
  return log.acceptedSteps().filter((step) => step.requestedTokens === size);
}

function countNote(log: ProbeLog, step: AcceptedStep): string {
  if (step.reportedPromptTokens === undefined) return "";
  const sent = log.toHostTokens(step.localTokens);
  return log.countShortfall(step)
    ? `the host counted ${tokens(step.reportedPromptTokens)} prompt tokens of about ${tokens(sent)} sent`
    : `the host counted ${tokens(step.reportedPromptTokens)} prompt tokens`;
}

function missingCodes(kept: CodesKept): string {
  const missing = CODE_POSITIONS.filter((position) => !kept[position]);
  if (missing.length === 1) return `the ${missing[0]} code was`;
  return `the ${missing.slice(0, -1).join(", ")} and ${missing.at(-1)} codes were`;
}

function tokens(n: number): string {
  return n.toLocaleString("en-US");
}
