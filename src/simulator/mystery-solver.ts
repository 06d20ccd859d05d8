// The `mystery` solver: reads a fair-play case (mystery-reading.ts), clears every suspect a stated fact clears by the
// story's own rules, names the one left on the CULPRIT line (its letter, or its name when no options are listed) and,
// on the CLUE line, the fact that alone clears the last other suspect, both in the labels and language asked.

import { filledLine, formatLines } from "./format-lines.ts";
import { detectLanguage } from "./language.ts";
import { placeKey, readCase, type CaseNotes, type Clearing } from "./mystery-reading.ts";

const REASONING: Record<"en" | "es", (culprit: string) => string> = {
  en: (culprit) => `Going through the stated facts, every suspect but ${culprit} is cleared: by having no motive, no key, or witnesses placing them elsewhere for the whole window.`,
  es: (culprit) => `Repasando los hechos, todos los sospechosos menos ${culprit} quedan descartados: por no tener motivo, no tener llave o tener testigos que los sitúan en otro lugar durante todo ese tiempo.`,
};

export function mysteryAnswer(prompt: string): string | undefined {
  const lines = formatLines(prompt);
  const culpritLine = lines.find((line) => /culprit|culpable/u.test(line.placeholder));
  const clueLine = lines.find((line) => line !== culpritLine);
  if (lines.length !== 2 || !culpritLine || !clueLine) return undefined;
  const notes = readCase(prompt);
  if (notes.suspects.length < 2 || !notes.window || notes.crimePlace === undefined) return undefined;
  const reasons = new Map(notes.suspects.map((suspect) => [suspect, clearingReasons(notes, suspect)]));
  const culprit = notes.suspects.find((suspect) => reasons.get(suspect)?.length === 0) ?? notes.suspects[0]!;
  // The decisive clue is the only reason that clears the last suspect standing beside the culprit.
  const runnerUp = notes.suspects.find((suspect) => reasons.get(suspect)?.length === 1);
  const clue = runnerUp === undefined ? "" : (reasons.get(runnerUp)?.[0] ?? []).map((c) => c.sentence).join(" ");
  const named = /letter|letra/u.test(culpritLine.placeholder) ? (notes.letters.get(culprit) ?? culprit) : culprit;
  const language = detectLanguage(prompt) === "es" ? "es" : "en";
  return [REASONING[language](culprit), "", filledLine(culpritLine, named), filledLine(clueLine, clue)].join("\n");
}

/** Each independent reason the story gives to clear this suspect, as the sentences that state it. */
function clearingReasons(notes: CaseNotes, suspect: string): Clearing[][] {
  const { start, end } = notes.window!;
  const facts = notes.clearings.get(suspect) ?? [];
  const reasons: Clearing[][] = facts.filter((f) => f.kind === "no-motive" || f.kind === "no-key").map((f) => [f]);
  for (const held of facts.filter((f) => f.kind === "key-held")) {
    if ((held.from ?? Infinity) <= start && (held.until ?? -Infinity) >= end) reasons.push([held]);
  }
  const elsewhere = facts.filter((f) => f.kind === "seen" && f.place !== undefined && placeKey(f.place) !== notes.crimePlace);
  const alibi = covering(elsewhere, start, end);
  if (alibi) reasons.push(alibi);
  return reasons;
}

/** Sightings that together cover [start, end] without a gap (statements that follow on from one another add up). */
function covering(sightings: readonly Clearing[], start: number, end: number): Clearing[] | undefined {
  const used: Clearing[] = [];
  let reached = start;
  for (const sighting of [...sightings].sort((a, b) => (a.from ?? 0) - (b.from ?? 0))) {
    if ((sighting.from ?? Infinity) > reached) break;
    if ((sighting.until ?? -Infinity) <= reached) continue;
    used.push(sighting);
    reached = sighting.until ?? reached;
    if (reached >= end) return used;
  }
  return undefined;
}
