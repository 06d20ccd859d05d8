// The reader's reasoning, mechanised: which suspects survive every stated fact. It sees only facts, never the
// generator's intended culprit, so "solvable by construction" is checked rather than assumed.

import type { Fact } from "./mystery-case.ts";

/**
 * Suspect ids that no stated fact clears, in cast order. A suspect is cleared by a stated lack of motive, by having
 * had no key (or a witness holding their key over the whole window), or by witnesses placing them somewhere other
 * than the crime scene over the whole window (several sightings may chain). Claims and details clear no one,
 * and without the window and the place, no alibi or handed-over key can clear anyone.
 */
export function solveCase(facts: readonly Fact[]): string[] {
  const suspects: string[] = [];
  const cleared = new Set<string>();
  let crimePlace: string | undefined;
  let start: number | undefined;
  let end: number | undefined;
  for (const fact of facts) {
    if (fact.kind === "suspect") suspects.push(fact.suspect);
    else if (fact.kind === "crime-place") crimePlace = fact.place;
    else if (fact.kind === "window-start") start = fact.time;
    else if (fact.kind === "window-end") end = fact.time;
  }
  const crimeWindow = start !== undefined && end !== undefined ? { start, end } : undefined;
  const sightings = new Map<string, { from: number; until: number }[]>();
  for (const fact of facts) {
    if (fact.kind === "no-motive") cleared.add(fact.suspect);
    else if (fact.kind === "no-access") {
      const held = fact.handedOver;
      if (!held || (crimeWindow && held.from <= crimeWindow.start && held.until >= crimeWindow.end)) cleared.add(fact.suspect);
    } else if (fact.kind === "sighting" && crimePlace !== undefined && fact.place !== crimePlace) {
      const list = sightings.get(fact.suspect) ?? [];
      list.push({ from: fact.from, until: fact.until });
      sightings.set(fact.suspect, list);
    }
  }
  if (crimeWindow) {
    for (const [suspect, intervals] of sightings) {
      if (covers(intervals, crimeWindow.start, crimeWindow.end)) cleared.add(suspect);
    }
  }
  return suspects.filter((suspect) => !cleared.has(suspect));
}

/** Whether the union of intervals covers [start, end] without a gap (touching intervals chain). */
function covers(intervals: readonly { from: number; until: number }[], start: number, end: number): boolean {
  let reached = start;
  for (const interval of [...intervals].sort((a, b) => a.from - b.from)) {
    if (interval.from > reached) break;
    reached = Math.max(reached, interval.until);
  }
  return reached >= end;
}
