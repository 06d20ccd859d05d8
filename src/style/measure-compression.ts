// Compressibility as a repetition measure: a looping answer deflates to a sliver of its size, ordinary prose to
// roughly half. The excess compares a text with natural prose of the same length, so short texts are not flagged.

import { deflateRawSync } from "node:zlib";
import { naturalCompressionRatio } from "./natural-compression-ratio.ts";

export interface Compression {
  /** Deflated size / UTF-8 size; 1 for the empty text. */
  ratio: number;
  /** What natural prose of the same byte length reaches. */
  expectedRatio: number;
  /**
   * 1 - ratio / expectedRatio: the share of its expected compressed size a text saves beyond natural prose.
   * About 0 for prose, toward 1 for a loop; negative for text less compressible than prose (tables of ids, hashes).
   */
  excess: number;
}

/**
 * zlib's fastest level: twice as fast as the default on a 100 KB answer, and a loop still deflates to under 1% of its
 * size. Ratios run about 0.04 above gzip's default level on long prose. naturalCompressionRatio was measured at it.
 */
const LEVEL = 1;

export function measureCompression(text: string): Compression {
  if (text.length === 0) return { ratio: 1, expectedRatio: 1, excess: 0 };
  const raw = Buffer.from(text, "utf8");
  const ratio = deflateRawSync(raw, { level: LEVEL }).length / raw.length;
  const expectedRatio = naturalCompressionRatio(raw.length);
  return { ratio, expectedRatio, excess: 1 - ratio / expectedRatio };
}
