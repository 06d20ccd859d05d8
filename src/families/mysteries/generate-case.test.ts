import { describe, expect, it } from "vitest";
import { caseShapeFor, generateCase } from "./generate-case.ts";
import { fairPlayProblem, witnessOf } from "./fair-play-problem.ts";
import { CLEARING_KINDS, type Fact } from "./mystery-case.ts";
import { solveCase } from "./solve-case.ts";

const LENGTHS = [1000, 4000, 16000, 32000];

describe("generateCase", () => {
  it("is fair play over 300 seeds: one solution, the culprit, and a decisive clue that alone is necessary", () => {
    const decisiveKinds = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const shape = caseShapeFor(LENGTHS[seed % LENGTHS.length] as number);
      const mystery = generateCase(seed, shape);
      expect(mystery.suspects).toHaveLength(shape.suspects);
      expect(solveCase(mystery.facts)).toEqual([mystery.culprit]);
      const decisive = mystery.facts.find((f) => f.id === mystery.decisive);
      decisiveKinds.add(decisive?.kind ?? "none");
      const withoutDecisive = solveCase(mystery.facts.filter((f) => f.id !== mystery.decisive));
      expect(withoutDecisive.length).toBeGreaterThanOrEqual(2);
      expect(withoutDecisive).toContain(mystery.runnerUp);
      for (const fact of mystery.facts) {
        if (fact.id === mystery.decisive || !CLEARING_KINDS.includes(fact.kind)) continue;
        expect(solveCase(mystery.facts.filter((f) => f.id !== fact.id))).toEqual([mystery.culprit]);
      }
      const witness = decisive && witnessOf(decisive);
      expect(mystery.facts.filter((f) => witnessOf(f) === witness).map((f) => f.id)).toEqual([mystery.decisive]);
      expect(fairPlayProblem(mystery)).toBeUndefined();
    }
    expect([...decisiveKinds].sort()).toEqual(["no-access", "sighting"]);
  });

  it("reproduces a case from its seed and draws another for another seed", () => {
    expect(generateCase(42, caseShapeFor(4000))).toEqual(generateCase(42, caseShapeFor(4000)));
    expect(generateCase(43, caseShapeFor(4000))).not.toEqual(generateCase(42, caseShapeFor(4000)));
  });

  it("never repeats a first or last name within a case, so one name names one person", () => {
    for (let seed = 0; seed < 50; seed++) {
      const mystery = generateCase(seed, caseShapeFor(32000));
      const people = [...mystery.suspects, ...mystery.witnesses, mystery.crime.victim, mystery.inspector];
      const names = people.flatMap((p) => [p.first, p.last]);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(mystery.witnesses.map((w) => w.role)).size).toBe(mystery.witnesses.length);
    }
  });

  it("scales the logical core with the story length", () => {
    expect(LENGTHS.map((length) => caseShapeFor(length).suspects)).toEqual([4, 5, 6, 7]);
    expect(caseShapeFor(1000).herrings).toBeLessThan(caseShapeFor(32000).herrings);
  });

  it("reports a case whose facts leave more than the culprit", () => {
    const mystery = generateCase(7, caseShapeFor(4000));
    const broken = { ...mystery, facts: mystery.facts.filter((f) => f.id !== mystery.decisive) };
    expect(fairPlayProblem(broken)).toMatch(/not only/);
  });

  it("reports a witness put in two places at once", () => {
    const mystery = generateCase(7, caseShapeFor(4000));
    const start = mystery.facts.find((f) => f.kind === "window-start");
    const elsewhere = mystery.places.find((p) => p !== mystery.crimePlace);
    if (start?.kind !== "window-start" || !elsewhere) throw new Error("every case has a window and several places");
    const clash: Fact = { id: "extra", kind: "sighting", suspect: mystery.culprit, place: elsewhere, from: start.time - 300, until: start.time - 240, witness: start.witness };
    expect(fairPlayProblem({ ...mystery, facts: [...mystery.facts, clash] })).toBeUndefined();
    const during = { ...clash, from: start.time - 10, until: start.time + 10 };
    expect(fairPlayProblem({ ...mystery, facts: [...mystery.facts, during] })).toMatch(/two places at once/);
  });
});
