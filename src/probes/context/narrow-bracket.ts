// Narrows a bracket (largest good size, smallest bad size) to a relative precision by bisection, jumping first to
// where the host says the boundary is, with one ask just below it and one just above to check what it said.

/** Sizes in local tokens. `good` is 0 while no good size is known. */
export interface Bracket {
  good: number;
  bad: number;
}

/** No ask is smaller: below this a prompt is mostly the request and the codes. */
export const MIN_PROBE_TOKENS = 256;

/** Jumps per narrowing: the ask below the stated boundary and the ask above it. */
export const MAX_JUMPS = 2;

/** Steps down from a bad size when nothing good is known yet. */
export const SHRINK_FACTOR = 4;

export interface NarrowOptions {
  /** Stop when bad - good <= precision x good. */
  precision: number;
  /** Asks at `tokens`; true when that size is good. */
  isGood(tokens: number): Promise<boolean>;
  /** The boundary the host stated, in local tokens, if it stated one; read again before every ask. */
  statedBoundary?(): number | undefined;
}

export function isNarrowEnough(bracket: Bracket, precision: number): boolean {
  return bracket.bad - bracket.good <= allowedGap(bracket.good, precision);
}

function allowedGap(good: number, precision: number): number {
  return Math.max(1, Math.floor(precision * good));
}

export async function narrowBracket(start: Bracket, options: NarrowOptions): Promise<Bracket> {
  let { good, bad } = start;
  let jumps = 0;
  while (!isNarrowEnough({ good, bad }, options.precision)) {
    const jump = jumps < MAX_JUMPS ? jumpPoint(good, bad, options.statedBoundary?.(), options.precision) : undefined;
    if (jump !== undefined) jumps++;
    const next = jump ?? Math.floor((good + bad) / 2);
    if (await options.isGood(next)) good = next;
    else bad = next;
  }
  return { good, bad };
}

/** Asks at bad/4, bad/16, ... (not below MIN_PROBE_TOKENS) until one is good; the bracket found, good 0 if none. */
export async function shrinkUntilGood(bad: number, isGood: (tokens: number) => Promise<boolean>): Promise<Bracket> {
  let smallestBad = bad;
  for (const size of shrinkSizes(bad)) {
    if (await isGood(size)) return { good: size, bad: smallestBad };
    smallestBad = size;
  }
  return { good: 0, bad: smallestBad };
}

export function shrinkSizes(bad: number): number[] {
  const sizes: number[] = [];
  for (let size = Math.floor(bad / SHRINK_FACTOR); size >= MIN_PROBE_TOKENS; size = Math.floor(size / SHRINK_FACTOR)) sizes.push(size);
  return sizes;
}

/**
 * Bisection asks to narrow (good, bad) to the precision, at most: each halves the gap and `good` only grows.
 * Jumps come on top (at most MAX_JUMPS) and never widen the gap.
 */
export function bisectionSteps(bracket: Bracket, precision: number): number {
  const gap = bracket.bad - bracket.good;
  const allowed = allowedGap(bracket.good, precision);
  return gap <= allowed ? 0 : Math.ceil(Math.log2(gap / allowed));
}

/**
 * bisectionSteps for any bracket whose bad size is at most SHRINK_FACTOR x its good size (adjacent asks always are):
 * gap <= 3 x good and floor(precision x good) >= precision x good / 2 once it is at least 1, so gap / allowed <= 6 / precision.
 */
export function adjacentBisectionSteps(precision: number): number {
  return Math.ceil(Math.log2(((SHRINK_FACTOR - 1) * 2) / precision));
}

function jumpPoint(good: number, bad: number, boundary: number | undefined, precision: number): number | undefined {
  if (boundary === undefined) return undefined;
  const margin = precision / 3;
  for (const point of [Math.floor(boundary * (1 - margin)), Math.ceil(boundary * (1 + margin))]) {
    if (point > good && point < bad) return point;
  }
  return undefined;
}
