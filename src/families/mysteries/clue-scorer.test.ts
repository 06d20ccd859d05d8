import { describe, expect, it } from "vitest";
import type { Item } from "../../core/item.ts";
import { clueScorer, clueTerms, matchesClue } from "./clue-scorer.ts";
import { caseShapeFor, generateCase } from "./generate-case.ts";
import type { MysteryCase } from "./mystery-case.ts";
import { mysteryItems } from "./mystery-items.ts";
import { mysteryVariant } from "./mystery-variant.ts";

function caseWithDecisive(kind: "sighting" | "no-access"): MysteryCase {
  for (let seed = 0; ; seed++) {
    const mystery = generateCase(seed, caseShapeFor(4000));
    if (mystery.facts.find((f) => f.id === mystery.decisive)?.kind === kind) return mystery;
  }
}

describe("matchesClue", () => {
  const alibi = caseWithDecisive("sighting");
  const terms = clueTerms(alibi, "en");
  const other = alibi.witnesses.find((w) => w.id !== terms.witness.id);
  const bystander = alibi.suspects.find((s) => s.id !== alibi.runnerUp && s.id !== alibi.culprit);
  const place = terms.objects[0] as string;

  it.each([
    ["the witness's first name", () => `${terms.witness.first} saw them all along`, true],
    ["the witness's last name, in capitals", () => `${terms.witness.last.toUpperCase()}'s testimony`, true],
    ["the witness's role", () => `The ${terms.witnessRoles[0]} vouched for ${terms.cleared.first}.`, true],
    ["the cleared suspect and the place", () => `${terms.cleared.last} was in the ${place} the whole time`, true],
    ["the cleared suspect alone", () => `${terms.cleared.first} ${terms.cleared.last} is innocent`, false],
    ["the place alone", () => `someone was in the ${place}`, false],
    ["another witness", () => `${other?.first} ${other?.last} saw everything`, false],
    ["another suspect and the place", () => `${bystander?.first} was in the ${place}`, false],
  ])("an alibi clue naming %s matches: %s", (_label, value, expected) => {
    expect(matchesClue(value(), terms)).toBe(expected);
  });

  it("accepts Spanish role and place words for an English story, and the reverse", () => {
    // English words first, then Spanish: "cook", "cocinero", "cocinera".
    const [, spanishRole] = terms.witnessRoles;
    expect(spanishRole).toBeDefined();
    expect(matchesClue(`Lo confirma ${spanishRole}`, terms)).toBe(true);
    expect(matchesClue(`The ${terms.witnessRoles[0]} confirms it`, clueTerms(alibi, "es"))).toBe(true);
    expect(terms.statement).toContain(terms.witness.last);
    expect(clueTerms(alibi, "es").statement).toMatch(/ vio a /);
  });

  it("matches a handed-over key by its keeper, or by the cleared suspect and the key", () => {
    const keyCase = clueTerms(caseWithDecisive("no-access"), "en");
    expect(matchesClue(`${keyCase.witness.first} kept the key all evening`, keyCase)).toBe(true);
    expect(matchesClue(`${keyCase.cleared.first} had given up the key`, keyCase)).toBe(true);
    expect(matchesClue(`${keyCase.cleared.first} entregó su llave`, keyCase)).toBe(true);
    expect(matchesClue(`${keyCase.cleared.first} had an alibi`, keyCase)).toBe(false);
  });
});

describe("clueScorer", () => {
  const [item] = mysteryItems({ seed: 5, cases: 1, lengths: [1000], modes: ["free"], languages: ["es"] }) as [Item];
  const terms = clueTerms(mysteryVariant(item, 1).mystery, "es");
  const score = (text: string) => clueScorer().score({ item, messages: [], result: { text, finishReason: "stop", usage: {}, latencyMs: 1 }, trial: 1 });

  it("scores the CLUE line, separately from the culprit", async () => {
    expect(await score(`CULPABLE: nadie\nPISTA: lo dijo ${terms.witness.first} ${terms.witness.last}`)).toMatchObject({ scorer: "clue", value: 1 });
    expect(await score("CULPRIT: A\nCLUE: the muddy shoes")).toMatchObject({ value: 0, explanation: `expected the decisive clue: ${terms.statement}` });
  });

  it("is unscored without a CLUE line", async () => {
    expect(await score(`CULPABLE: A\n${terms.witness.first} lo vio todo.`)).toMatchObject({ value: null, label: "unscored", explanation: "no CLUE line" });
  });
});
