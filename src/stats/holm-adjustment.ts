// Holm's step-down adjustment: p-values of a family of tests made comparable with one level, so that the chance of
// any false "differs" in the whole family stays at most that level, whatever the tests' dependence.

/** Adjusted p-values in the input order: p₍ᵢ₎ sorted ascending becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). */
export function holmAdjust(pValues: readonly number[]): number[] {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`holmAdjust: p-values must be in [0, 1], got ${p}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
