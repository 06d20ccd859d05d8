import { describe, expect, it } from "vitest";
import { SMALL_MYSTERY } from "../test-support/small-mystery.ts";
import { placeKey, readCase } from "./mystery-reading.ts";

describe("mystery reading", () => {
  it("notes the suspects, their letters, the scene, the window and every stated fact that clears someone", () => {
    const notes = readCase(SMALL_MYSTERY);
    expect(notes.suspects).toEqual(["Bea Stone", "Carl Frost", "Dora Vale", "Egon Moss"]);
    expect(notes.letters.get("Dora Vale")).toBe("C");
    expect(notes.crimePlace).toBe("library");
    expect(notes.window).toEqual({ start: 21 * 60, end: 22 * 60 });
    expect(notes.clearings.get("Bea Stone")?.map((c) => c.kind)).toEqual(["no-motive", "no-key"]);
    expect(notes.clearings.get("Dora Vale")).toMatchObject([{ kind: "key-held", from: 20 * 60 + 30, until: 22 * 60 + 10 }]);
    expect(notes.clearings.get("Carl Frost")).toMatchObject([
      { kind: "no-key" },
      { kind: "seen", place: "the garden", from: 20 * 60 + 50, until: 21 * 60 + 30 },
      { kind: "seen", place: "the kitchen", from: 21 * 60 + 30, until: 22 * 60 + 5 },
    ]);
    // His own word is no fact; the cook's sighting is.
    expect(notes.clearings.get("Egon Moss")).toMatchObject([{ kind: "seen", from: 20 * 60, until: 20 * 60 + 40 }]);
  });

  it("compares places whatever their article, case or accents", () => {
    expect(placeKey("THE ATTIC")).toBe("attic");
    expect(placeKey("del desván")).toBe(placeKey("EL DESVÁN"));
  });
});
