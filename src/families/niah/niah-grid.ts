// The long-context results as a grid: every (length, depth) cell with its outcomes, accuracy and Wilson interval,
// and the effective context length read off it. Errors stay in the grid as outcomes; a context rejection counts
// as a failed retrieval (the host could not do it at that length), other errors are shown but not scored.

import type { Interval } from "../../core/metric.ts";
import type { ScoredSample } from "../../core/task.ts";
import { wilsonInterval } from "../../stats/wilson-interval.ts";

export const NIAH_SCORER = "niah";
/** A length keeps retrieval when its lower bound holds this share of the shortest length's accuracy (RULER-style). */
export const EFFECTIVE_SHARE = 0.85;

export interface CellStats {
  /** Every sample in the cell, errors included. */
  samples: number;
  /** Samples that count for accuracy: answered and scored, or rejected by the host. */
  asked: number;
  correct: number;
  /** Sum of per-sample needle recall (0..1) over answered samples. */
  recall: number;
  answered: number;
  /** Outcome label -> count: the scorer's labels, "rejected", or "error:<kind>". */
  outcomes: Record<string, number>;
  accuracy: number | null;
  interval?: Interval;
}

export interface NiahGrid {
  lengths: number[];
  depths: number[];
  /** cells[lengthIndex][depthIndex] */
  cells: CellStats[][];
  byLength: CellStats[];
  byDepth: CellStats[];
  overall: CellStats;
}

export function sampleOutcome(sample: ScoredSample): string {
  if (sample.status === "error") return sample.errorKind === "context_length_exceeded" ? "rejected" : `error:${sample.errorKind ?? "unknown"}`;
  return sample.scores.find((s) => s.scorer === NIAH_SCORER)?.label ?? "unscored";
}

export function emptyCell(): CellStats {
  return { samples: 0, asked: 0, correct: 0, recall: 0, answered: 0, outcomes: {}, accuracy: null };
}

export function addToCell(cell: CellStats, sample: ScoredSample): void {
  const outcome = sampleOutcome(sample);
  cell.samples++;
  cell.outcomes[outcome] = (cell.outcomes[outcome] ?? 0) + 1;
  if (outcome === "rejected") {
    cell.asked++;
    return;
  }
  const value = sample.scores.find((s) => s.scorer === NIAH_SCORER)?.value;
  if (sample.status !== "done" || value === null || value === undefined) return;
  cell.asked++;
  cell.answered++;
  cell.recall += value;
  if (outcome === "correct") cell.correct++;
}

export function finishCell(cell: CellStats): CellStats {
  if (cell.asked === 0) return cell;
  return { ...cell, accuracy: cell.correct / cell.asked, interval: wilsonInterval(cell.correct, cell.asked) };
}

export function buildGrid(samples: readonly ScoredSample[]): NiahGrid {
  const lengths = uniqueSorted(samples.map((s) => Number(s.item.metadata.length)));
  const depths = uniqueSorted(samples.map((s) => Number(s.item.metadata.depth)));
  const cells = lengths.map(() => depths.map(emptyCell));
  const byLength = lengths.map(emptyCell);
  const byDepth = depths.map(emptyCell);
  const overall = emptyCell();
  for (const sample of samples) {
    const l = lengths.indexOf(Number(sample.item.metadata.length));
    const d = depths.indexOf(Number(sample.item.metadata.depth));
    for (const cell of [cells[l]?.[d], byLength[l], byDepth[d], overall]) if (cell) addToCell(cell, sample);
  }
  return {
    lengths,
    depths,
    cells: cells.map((row) => row.map(finishCell)),
    byLength: byLength.map(finishCell),
    byDepth: byDepth.map(finishCell),
    overall: finishCell(overall),
  };
}

export interface EffectiveLength {
  /** Undefined when even the shortest length fails its own bar, or retrieval is zero there. */
  tokens?: number;
  /** Accuracy at the shortest length: the model's own baseline. */
  baseline: number | null;
  threshold: number | null;
  /** The first length that fell below the threshold, when one did. */
  firstFailing?: number;
  /** True when that length's accuracy cleared the bar but its interval was too wide to: more trials would tell. */
  underpowered?: boolean;
  /** When underpowered: samples per length at which that accuracy's lower bound would clear the bar. */
  samplesNeeded?: number;
}

/**
 * The longest length up to which every length's Wilson lower bound keeps EFFECTIVE_SHARE of the shortest length's
 * accuracy. Holding every shorter length to the bar too means one lucky long cell cannot make the claim.
 */
export function effectiveContextLength(grid: Pick<NiahGrid, "lengths" | "byLength">): EffectiveLength {
  const baseline = grid.byLength[0]?.accuracy ?? null;
  if (baseline === null || baseline === 0) return { baseline, threshold: null };
  const threshold = EFFECTIVE_SHARE * baseline;
  let tokens: number | undefined;
  for (const [index, length] of grid.lengths.entries()) {
    const cell = grid.byLength[index];
    const lower = cell?.interval?.lower;
    if (lower === undefined || lower < threshold) {
      const accuracy = cell?.accuracy ?? 0;
      const underpowered = accuracy >= threshold;
      const samplesNeeded = underpowered ? samplesToClear(accuracy, threshold) : undefined;
      return { tokens, baseline, threshold, firstFailing: length, underpowered, samplesNeeded };
    }
    tokens = length;
  }
  return { tokens, baseline, threshold };
}

/** The smallest n whose Wilson lower bound at this accuracy reaches the threshold (capped: beyond it, say so). */
function samplesToClear(accuracy: number, threshold: number): number | undefined {
  for (let n = 1; n <= MAX_SAMPLES_ADVISED; n++) {
    if (wilsonInterval(Math.round(accuracy * n), n).lower >= threshold) return n;
  }
  return undefined;
}

const MAX_SAMPLES_ADVISED = 2_000;

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
}
