// Percentiles of already-sorted values, shared by the bootstrap intervals that keep their own resamples.

/** Linear interpolation between order statistics (the common "type 7" definition); q in [0, 1], values sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError("percentileOfSorted: no values");
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  if (position === below || low === high) return low;
  // An infinite neighbour with any weight makes the percentile infinite (a studentised bootstrap's degenerate resamples).
  if (!Number.isFinite(low)) return low;
  if (!Number.isFinite(high)) return high;
  return low + (high - low) * (position - below);
}
