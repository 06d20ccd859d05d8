// How local token counts map to a host's: a piecewise-linear curve through measured (local, host) points, so a
// haystack whose text varies along its length is still sized right near every point, and extrapolated past the
// last one along its final segment. Stored in a run's preparation as "local:host" pairs.

import type { Metadata } from "../../core/item.ts";

export interface SizePoint {
  local: number;
  host: number;
}

/** Local tokens to build so the host counts `hostTokens`; the identity without points. */
export function localTokensFor(points: readonly SizePoint[], hostTokens: number): number {
  const [first, second] = points;
  if (!first) return hostTokens;
  if (!second) return Math.round((hostTokens * first.local) / first.host);
  let index = 0;
  while (index < points.length - 2 && hostTokens > points[index + 1]!.host) index++;
  const a = points[index]!;
  const b = points[index + 1]!;
  return Math.round(a.local + ((hostTokens - a.host) * (b.local - a.local)) / (b.host - a.host));
}

export function encodePoints(points: readonly SizePoint[]): string {
  return points.map((p) => `${p.local}:${p.host}`).join(",");
}

/** The points a preparation recorded; [] when it recorded none (calibration off, or the host reports no usage). */
export function pointsOf(preparation: Metadata | undefined): SizePoint[] {
  const text = preparation?.points;
  if (typeof text !== "string" || text === "") return [];
  return text.split(",").map((pair) => {
    const [local, host] = pair.split(":").map(Number);
    return { local: local ?? 0, host: host ?? 0 };
  }).filter((p) => p.local > 0 && p.host > 0);
}
