// How well ordinary, non-repetitive prose compresses at each length, so a short answer (which deflate cannot shrink
// much) is not mistaken for an unusually varied one, nor a long one for a repetitive one.

/**
 * [UTF-8 bytes, mean deflate-raw size / raw size at level 1] for windows of the project's generated prose
 * (families/niah procedural prose, seeds 101, 202 and 303; 36 to 900 windows per length), at lengths 2^(k/2).
 * Real English and Spanish prose measured within 0.025 of these values; the spread between windows is about 0.03
 * at 100 bytes, 0.01 at 2 KB and 0.002 from 32 KB on. The ratio has nearly settled by 128 KB (deflate looks back
 * only 32 KB), so longer texts use the last entry. Below 16 bytes the value is deflate's fixed overhead, the same for any text.
 */
const NATURAL_RATIOS: readonly (readonly [number, number])[] = [
  [1, 3.0], [2, 2.0], [3, 1.667], [4, 1.5], [6, 1.333], [8, 1.25], [11, 1.182], [16, 1.124], [23, 1.083],
  [32, 1.055], [45, 1.022], [64, 0.953], [91, 0.857], [128, 0.793], [181, 0.733], [256, 0.69], [362, 0.652],
  [512, 0.625], [724, 0.6], [1024, 0.58], [1448, 0.561], [2048, 0.544], [2896, 0.531], [4096, 0.517],
  [5793, 0.504], [8192, 0.49], [11585, 0.478], [16384, 0.465], [23170, 0.452], [32768, 0.44], [46341, 0.43],
  [65536, 0.424], [92682, 0.418], [131072, 0.414],
];

/** The compression ratio natural prose of `bytes` UTF-8 bytes is expected to reach; interpolated in log length. */
export function naturalCompressionRatio(bytes: number): number {
  const first = NATURAL_RATIOS[0]!;
  const last = NATURAL_RATIOS[NATURAL_RATIOS.length - 1]!;
  if (bytes <= first[0]) return first[1];
  if (bytes >= last[0]) return last[1];
  let upper = 1;
  while (NATURAL_RATIOS[upper]![0] < bytes) upper++;
  const [x0, y0] = NATURAL_RATIOS[upper - 1]!;
  const [x1, y1] = NATURAL_RATIOS[upper]!;
  const t = (Math.log(bytes) - Math.log(x0)) / (Math.log(x1) - Math.log(x0));
  return y0 + t * (y1 - y0);
}
