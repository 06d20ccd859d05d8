// Builds a fair-play case from a seed: the culprit keeps motive, key and no alibi; a runner-up is cleared by the
// decisive clue alone; every other suspect is cleared twice over; red herrings add suspicion but no logic.
// Drafts that the solver does not confirm are thrown away and redrawn (never expected, but checked).

import { seedFromString } from "../../core/random.ts";
import { CONTAINERS, CRIME_KINDS, DETAILS, MOTIVES, NO_MOTIVES, PLACES, TARGETS, type DetailKey, type MotiveKey, type PlaceKey } from "./case-catalog.ts";
import { drawCast } from "./draw-cast.ts";
import { fairPlayProblem } from "./fair-play-problem.ts";
import type { Fact, MysteryCase, Suspect } from "./mystery-case.ts";
import { randomPicker, type RandomPicker } from "./random-picker.ts";

/** How big a case is: more suspects and more red herrings for longer stories. */
export interface CaseShape {
  suspects: number;
  herrings: number;
}

/** Longer stories get a larger logical core, not only more narration (so length and difficulty grow together). */
export function caseShapeFor(targetTokens: number): CaseShape {
  if (targetTokens < 3000) return { suspects: 4, herrings: 1 };
  if (targetTokens < 10_000) return { suspects: 5, herrings: 3 };
  if (targetTokens < 24_000) return { suspects: 6, herrings: 5 };
  return { suspects: 7, herrings: 8 };
}

const PLACES_PER_CASE = 7;
const MAX_DRAFTS = 20;

export function generateCase(seed: number, shape: CaseShape): MysteryCase {
  for (let draft = 0; draft < MAX_DRAFTS; draft++) {
    const mystery = draftCase(randomPicker(seedFromString(`mystery:${seed}:${draft}`)), seed, shape);
    if (fairPlayProblem(mystery) === undefined) return mystery;
  }
  throw new Error(`no fair-play mystery for seed ${seed} in ${MAX_DRAFTS} drafts`);
}

type Draft = { [K in Fact["kind"]]: Omit<Extract<Fact, { kind: K }>, "id"> }[Fact["kind"]];

function draftCase(rng: RandomPicker, seed: number, shape: CaseShape): MysteryCase {
  const kind = rng.pick(CRIME_KINDS);
  const places = rng.shuffle(PLACES).slice(0, PLACES_PER_CASE);
  const crimePlace = places[0] as PlaceKey;
  const elsewhere = places.slice(1);
  const cast = drawCast(rng, shape.suspects);
  const decisiveWitness = cast.hireWitness()?.id as string;
  const start = 19 * 60 + 10 * rng.int(0, 15);
  const end = start + 10 * rng.int(3, 6);
  // Staff are reused where their day allows (nobody is in two places at once) and hired when it does not.
  const busy = new Map<string, { place: PlaceKey; from: number; until: number }[]>();
  const witnessAt = (place: PlaceKey, from: number, until: number, not?: string): string => {
    const free = (id: string) => id !== not && (busy.get(id) ?? []).every((b) => b.place === place || b.until <= from || b.from >= until);
    // With every role taken, a clash is left for fairPlayProblem to reject and the draft is redrawn.
    const id = rng.shuffle([...busy.keys()]).find(free) ?? cast.hireWitness()?.id ?? rng.pick([...busy.keys()]);
    busy.set(id, [...(busy.get(id) ?? []), { place, from, until }]);
    return id;
  };
  const [culprit, runnerUp, ...others] = rng.shuffle(cast.suspects) as [Suspect, Suspect, ...Suspect[]];

  const facts: Fact[] = [];
  const add = (draft: Draft): Fact => {
    const fact = { ...draft, id: `f${facts.length + 1}` } as Fact;
    facts.push(fact);
    return fact;
  };
  for (const suspect of cast.suspects) add({ kind: "suspect", suspect: suspect.id });
  add({ kind: "crime-place", place: crimePlace });
  add({ kind: "window-start", time: start, witness: witnessAt(crimePlace, start, start) });
  add({ kind: "window-end", time: end });

  // Each suspect is somewhere during the window (truly or by their own account), away from the scene.
  const windowPlace = new Map(cast.suspects.map((s) => [s.id, rng.pick(elsewhere)]));
  const span = () => ({ from: start - 10 * rng.int(1, 3), until: end + 10 * rng.int(1, 3) });
  const motives = rng.shuffle(MOTIVES);
  const claim = (suspect: string) => add({ kind: "claim", suspect, place: windowPlace.get(suspect) as PlaceKey, ...span() });

  for (const suspect of [culprit, runnerUp]) {
    add({ kind: "motive", suspect: suspect.id, motive: motives.pop() as MotiveKey });
    add({ kind: "access", suspect: suspect.id });
    claim(suspect.id);
  }
  const decisive =
    rng.chance(0.5)
      ? add({ kind: "sighting", suspect: runnerUp.id, place: windowPlace.get(runnerUp.id) as PlaceKey, ...span(), witness: decisiveWitness })
      : add({
          kind: "no-access",
          suspect: runnerUp.id,
          reason: "handed-over",
          handedOver: { witness: decisiveWitness, from: start - 10 * rng.int(2, 5), until: end + 10 * rng.int(1, 4) },
        });
  // The runner-up was near the scene before the window: suspicious, and irrelevant.
  const preWindow = () => {
    const until = start - 10 * rng.int(3, 5);
    return { from: until - 10 * rng.int(2, 4), until };
  };
  const before = preWindow();
  add({ kind: "sighting", suspect: runnerUp.id, place: crimePlace, ...before, witness: witnessAt(crimePlace, before.from, before.until) });

  const noMotives = rng.shuffle(NO_MOTIVES);
  const alibied = new Set<string>(decisive.kind === "sighting" ? [runnerUp.id] : []);
  for (const suspect of others) {
    const clears = new Set(rng.shuffle(["no-motive", "no-access", "sighting"] as const).slice(0, 2));
    if (clears.has("no-motive")) add({ kind: "no-motive", suspect: suspect.id, reason: noMotives.pop() ?? rng.pick(NO_MOTIVES) });
    else add({ kind: "motive", suspect: suspect.id, motive: motives.pop() ?? rng.pick(MOTIVES) });
    if (clears.has("no-access")) add({ kind: "no-access", suspect: suspect.id, reason: rng.pick(["never-given", "lock-changed"] as const) });
    else add({ kind: "access", suspect: suspect.id });
    const place = windowPlace.get(suspect.id) as PlaceKey;
    if (clears.has("sighting")) {
      alibied.add(suspect.id);
      const { from, until } = span();
      if (rng.chance(0.6)) add({ kind: "sighting", suspect: suspect.id, place, from, until, witness: witnessAt(place, from, until) });
      else {
        // Two witnesses in turn: the alibi holds only when both statements are read together.
        const handover = start + 10 * rng.int(1, (end - start) / 10 - 1);
        const first = witnessAt(place, from, handover);
        add({ kind: "sighting", suspect: suspect.id, place, from, until: handover, witness: first });
        add({ kind: "sighting", suspect: suspect.id, place, from: handover, until, witness: witnessAt(place, handover, until, first) });
      }
    } else if (rng.chance(0.5)) claim(suspect.id);
  }

  const details = rng.shuffle(DETAILS);
  const seenAfter = new Set<string>();
  for (let i = 0; i < shape.herrings; i++) {
    const suspect = rng.pick(cast.suspects);
    const choice = rng.int(0, 2);
    if ((choice === 0 || seenAfter.has(suspect.id)) && details.length > 0) {
      add({ kind: "detail", suspect: suspect.id, detail: details.pop() as DetailKey });
    } else if (choice === 1 && !alibied.has(suspect.id)) {
      // A partial alibi: seen away from the scene, but not for the whole window.
      const place = windowPlace.get(suspect.id) as PlaceKey;
      const from = start - 10 * rng.int(1, 3);
      const until = start + 10 * rng.int(1, (end - start) / 10 - 1);
      add({ kind: "sighting", suspect: suspect.id, place, from, until, witness: witnessAt(place, from, until) });
    } else if (!seenAfter.has(suspect.id)) {
      seenAfter.add(suspect.id);
      const place = rng.pick(places);
      const from = end + 10 * rng.int(4, 6);
      const until = from + 10 * rng.int(2, 4);
      add({ kind: "sighting", suspect: suspect.id, place, from, until, witness: witnessAt(place, from, until) });
    }
  }

  return {
    seed,
    crime: { kind, target: rng.pick(TARGETS[kind]), container: rng.pick(CONTAINERS[kind]), victim: cast.victim },
    crimePlace,
    places,
    suspects: cast.suspects,
    witnesses: cast.witnesses,
    inspector: cast.inspector,
    culprit: culprit.id,
    runnerUp: runnerUp.id,
    facts,
    decisive: decisive.id,
  };
}
