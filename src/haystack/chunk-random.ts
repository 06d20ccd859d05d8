// A random stream per (seed, chunk index, purpose), so any chunk is generated alone, in any order, always the same.
// core/random.ts's mulberry32 walks a 32-bit counter: streams from tens of thousands of nearby seeds overlap by
// shifts, which would replay whole runs of sentences; sfc32's 128-bit state keeps every chunk's stream apart.

/** A 32-bit integer hash (bijective), so distinct inputs give distinct, well-mixed state words. */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Uniform numbers in [0, 1) for chunk `index` of the text seeded by `seed`; `purpose` separates independent uses. */
export function chunkRandom(seed: number, index: number, purpose = 0): () => number {
  let a = mix32(seed);
  let b = mix32(index ^ 0x5bd1e995);
  let c = mix32(purpose ^ 0x27d4eb2f);
  let d = mix32(a ^ b ^ c ^ 0x165667b1);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** One element of a non-empty list. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** An integer in [low, high]. */
export function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}
