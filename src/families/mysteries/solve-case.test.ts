import { describe, expect, it } from "vitest";
import type { PlaceKey } from "./case-catalog.ts";
import type { Fact } from "./mystery-case.ts";
import { solveCase } from "./solve-case.ts";

// Window 21:00-21:40 in the library; four suspects.
const premises: Fact[] = [
  ...["a", "b", "c", "d"].map((suspect, i): Fact => ({ id: `s${i}`, kind: "suspect", suspect })),
  { id: "p1", kind: "crime-place", place: "library" },
  { id: "p2", kind: "window-start", time: 21 * 60, witness: "w1" },
  { id: "p3", kind: "window-end", time: 21 * 60 + 40 },
];
const seen = (id: string, suspect: string, place: PlaceKey, from: number, until: number): Fact => ({
  id,
  kind: "sighting",
  suspect,
  place,
  from: 21 * 60 + from,
  until: 21 * 60 + until,
  witness: "w2",
});

describe("solveCase", () => {
  it("keeps everyone when nothing clears anyone, and ignores claims, motives, keys held and details", () => {
    const facts: Fact[] = [
      ...premises,
      { id: "c", kind: "claim", suspect: "a", place: "kitchen", from: 20 * 60, until: 22 * 60 },
      { id: "m", kind: "motive", suspect: "b", motive: "debt" },
      { id: "k", kind: "access", suspect: "c" },
      { id: "d", kind: "detail", suspect: "d", detail: "nervous" },
    ];
    expect(solveCase(facts)).toEqual(["a", "b", "c", "d"]);
  });

  it("clears by a stated lack of motive or of a key", () => {
    const facts: Fact[] = [
      ...premises,
      { id: "n", kind: "no-motive", suspect: "a", reason: "first-meeting" },
      { id: "k", kind: "no-access", suspect: "b", reason: "never-given" },
    ];
    expect(solveCase(facts)).toEqual(["c", "d"]);
  });

  it("clears by sightings away from the scene that cover the whole window, chained or not", () => {
    const facts: Fact[] = [
      ...premises,
      seen("x1", "a", "kitchen", -10, 50),
      seen("x2", "b", "kitchen", -10, 20),
      seen("x3", "b", "gallery", 20, 40),
      seen("x4", "c", "kitchen", -10, 30),
      seen("x5", "d", "library", -10, 50),
    ];
    // c has a ten-minute gap; d was at the scene.
    expect(solveCase(facts)).toEqual(["c", "d"]);
    expect(solveCase([...facts, seen("x6", "c", "kitchen", 31, 50)])).toEqual(["c", "d"]);
  });

  it("clears a handed-over key only when the witness held it through the whole window", () => {
    const handed = (id: string, suspect: string, from: number, until: number): Fact => ({
      id,
      kind: "no-access",
      suspect,
      reason: "handed-over",
      handedOver: { witness: "w3", from: 21 * 60 + from, until: 21 * 60 + until },
    });
    const facts = [...premises, handed("h1", "a", -30, 40), handed("h2", "b", 10, 60)];
    expect(solveCase(facts)).toEqual(["b", "c", "d"]);
  });

  it("cannot clear by alibi or handed-over key without the window and the place", () => {
    const clearing: Fact[] = [
      seen("x1", "a", "kitchen", -10, 50),
      { id: "h", kind: "no-access", suspect: "b", reason: "handed-over", handedOver: { witness: "w3", from: 0, until: 24 * 60 } },
    ];
    const withoutEnd = premises.filter((f) => f.kind !== "window-end");
    expect(solveCase([...premises, ...clearing])).toEqual(["c", "d"]);
    const withoutPlace = premises.filter((f) => f.kind !== "crime-place");
    expect(solveCase([...withoutEnd, ...clearing])).toEqual(["a", "b", "c", "d"]);
    // The handed-over key needs only the window; the alibi needs the place too.
    expect(solveCase([...withoutPlace, ...clearing])).toEqual(["a", "c", "d"]);
  });
});
