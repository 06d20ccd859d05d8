// What makes a generated case fair play, checked with the solver over the stated facts: one answer, the intended one,
// and a decisive clue that is the only clearing fact the answer cannot do without.

import { CLEARING_KINDS, type Fact, type MysteryCase } from "./mystery-case.ts";
import { solveCase } from "./solve-case.ts";

/** Why the case is not fair play, or undefined when it is. */
export function fairPlayProblem(mystery: MysteryCase): string | undefined {
  const { facts, culprit, runnerUp, decisive } = mystery;
  const solved = solveCase(facts);
  if (solved.length !== 1 || solved[0] !== culprit) return `the facts leave [${solved.join(", ")}], not only ${culprit}`;
  const decisiveFact = facts.find((fact) => fact.id === decisive);
  if (!decisiveFact || !CLEARING_KINDS.includes(decisiveFact.kind)) return `the decisive clue ${decisive} is not a clearing fact`;
  const withoutDecisive = solveCase(without(facts, decisive));
  if (!withoutDecisive.includes(runnerUp) || withoutDecisive.length < 2) return "the decisive clue is not needed";
  for (const fact of facts) {
    if (fact.id === decisive || !CLEARING_KINDS.includes(fact.kind)) continue;
    const rest = solveCase(without(facts, fact.id));
    if (rest.length !== 1) return `clearing fact ${fact.id} is needed too, so the decisive clue is not the only one`;
  }
  const clash = whereaboutsClash(facts);
  if (clash) return clash;
  const decisiveWitness = witnessOf(decisiveFact);
  if (decisiveWitness === undefined) return "the decisive clue names no witness";
  if (facts.some((fact) => fact.id !== decisive && witnessOf(fact) === decisiveWitness)) return "the decisive witness appears in another fact";
  return undefined;
}

/** The witness a fact rests on; the clue scorer recognises the decisive clue by its witness, so it must be unique. */
export function witnessOf(fact: Fact): string | undefined {
  if (fact.kind === "sighting" || fact.kind === "window-start") return fact.witness;
  if (fact.kind === "no-access") return fact.handedOver?.witness;
  return undefined;
}

/** Someone a witness statement puts in two places at once (claims are not evidence, so they may clash). */
function whereaboutsClash(facts: readonly Fact[]): string | undefined {
  const crimePlace = facts.find((f) => f.kind === "crime-place")?.place;
  const seen: { person: string; place: string; from: number; until: number }[] = [];
  for (const fact of facts) {
    if (fact.kind === "sighting") {
      seen.push({ person: fact.suspect, place: fact.place, from: fact.from, until: fact.until });
      seen.push({ person: fact.witness, place: fact.place, from: fact.from, until: fact.until });
    } else if (fact.kind === "window-start" && crimePlace) {
      seen.push({ person: fact.witness, place: crimePlace, from: fact.time, until: fact.time });
    }
  }
  for (const [i, a] of seen.entries()) {
    const clash = seen.slice(i + 1).find((b) => b.person === a.person && b.place !== a.place && a.from < b.until && b.from < a.until);
    if (clash) return `${a.person} is in two places at once`;
  }
  return undefined;
}

function without(facts: readonly Fact[], id: string): Fact[] {
  return facts.filter((fact) => fact.id !== id);
}
