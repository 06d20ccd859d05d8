// Plants needle sentences in a haystack at sentence boundaries. Works by slicing and indexOf around a few target
// offsets, so a 47 MB haystack costs a handful of scans, never a per-character copy.

/** "even" spreads several needles over the document; "together" puts them all at the requested depth, in order. */
export type NeedleSpread = "even" | "together";

export interface PlacedNeedles {
  text: string;
  /** Per needle, in input order: where it went in the haystack, as a percentage of the haystack's characters. */
  depths: number[];
  /** Per needle, in input order: the character offset of its first letter in `text`. */
  offsets: number[];
}

/** Insertion points: just after ". ", "? " or "! " (or the same before a line break), or after a blank line. */
const BOUNDARIES = [". ", "? ", "! ", ".\n", "?\n", "!\n", "\n\n"];

/**
 * The depth each needle aims at. The first goes at `depthPercent`; with "even", needle i of k goes at
 * depthPercent + i·100/k, wrapping past 100 back to the start, so k needles sit 100/k apart whatever the depth
 * (depth 50 with three needles: 50, 83.3, 16.7).
 */
export function needleDepths(depthPercent: number, count: number, spread: NeedleSpread = "even"): number[] {
  return Array.from({ length: count }, (_, i) => (i === 0 || spread === "together" ? depthPercent : (depthPercent + (i * 100) / count) % 100));
}

/**
 * Inserts each needle at the sentence boundary nearest its target depth (see needleDepths). Depth 0 is the very
 * start and 100 the very end. Needles sharing a boundary keep their input order; a space separates a needle from
 * the text around it.
 */
export function placeNeedles(haystack: string, needles: readonly string[], depthPercent: number, spread: NeedleSpread = "even"): PlacedNeedles {
  const length = haystack.length;
  const placements = needleDepths(depthPercent, needles.length, spread)
    .map((depth, index) => ({ index, at: nearestBoundary(haystack, Math.round((length * Math.min(100, Math.max(0, depth))) / 100)) }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const pieces: string[] = [];
  const offsets: number[] = new Array<number>(needles.length).fill(0);
  let written = 0;
  let from = 0;
  for (const { index, at } of placements) {
    const before = haystack.slice(from, at);
    const prefix = at > 0 && !isSpace(haystack.charAt(at - 1)) ? " " : "";
    const suffix = at < length && !isSpace(haystack.charAt(at)) ? " " : "";
    const needle = needles[index] as string;
    pieces.push(before, prefix, needle, suffix);
    offsets[index] = written + before.length + prefix.length;
    written += before.length + prefix.length + needle.length + suffix.length;
    from = at;
  }
  pieces.push(haystack.slice(from));
  const depths = new Array<number>(needles.length).fill(0);
  for (const { index, at } of placements) depths[index] = length === 0 ? 0 : (at / length) * 100;
  return { text: pieces.join(""), depths, offsets };
}

/**
 * The boundary closest to `target`; the start and the end of the text always count as boundaries. Searches a
 * window around the target and widens it only when no boundary inside could be the closest, so a marker that
 * never occurs (say "?\n") does not cost a scan of the whole text.
 */
export function nearestBoundary(text: string, target: number): number {
  if (target <= 0) return 0;
  if (target >= text.length) return text.length;
  for (let radius = 4096; ; radius *= 16) {
    const lo = Math.max(0, target - radius);
    const hi = Math.min(text.length, target + radius);
    const window = text.slice(lo, hi);
    const at = target - lo;
    let before = lo === 0 ? 0 : -Infinity;
    let after = hi === text.length ? window.length : Infinity;
    for (const marker of BOUNDARIES) {
      const last = at - marker.length >= 0 ? window.lastIndexOf(marker, at - marker.length) : -1;
      if (last >= 0) before = Math.max(before, last + marker.length);
      const next = window.indexOf(marker, Math.max(0, at - marker.length));
      if (next >= 0) after = Math.min(after, next + marker.length);
    }
    const best = at - before <= after - at ? before : after;
    // A closer boundary outside the window (or on a marker cut by its edge) would be at least `reach` away.
    const reach = Math.min(lo === 0 ? Infinity : at - 2, hi === text.length ? Infinity : window.length - at);
    if (Math.abs(best - at) <= reach || (lo === 0 && hi === text.length)) return pastNewlines(text, lo + best);
  }
}

/** ".\n" may end a sentence right before a blank line: the needle then opens the next paragraph instead. */
function pastNewlines(text: string, at: number): number {
  let end = at;
  while (text.charAt(end) === "\n") end++;
  return end;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\n" || char === "\t" || char === "\r";
}
