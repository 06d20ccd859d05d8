import { describe, expect, it } from "vitest";
import { containsValue, matchForm } from "./value-match.ts";

describe("containsValue", () => {
  it("matches a value whatever its case, spacing, dashes, grouping, accents and markdown", () => {
    for (const text of ["7315-KQ", "the code is 7315-kq.", "**7315 KQ**", "`7315KQ`", "7,315–KQ", "7 315 — KQ", "(7315-KQ)"]) {
      expect(containsValue(text, "7315-KQ")).toBe(true);
    }
    expect(containsValue("Ella trabaja en el pabellón Zavoúndrel", "Zavoundrel")).toBe(true);
    expect(containsValue("JÚPITER", "Jupiter")).toBe(true);
    expect(containsValue("Leonardo da Vinci", "da Vinci")).toBe(true);
  });

  it("does not match inside longer numbers or words, or a different value", () => {
    expect(containsValue("17315-KQ", "7315-KQ")).toBe(false);
    expect(containsValue("7315-KQX", "7315-KQ")).toBe(false);
    expect(containsValue("7315-KR", "7315-KQ")).toBe(false);
    expect(containsValue("Parisian cafés", "Paris")).toBe(false);
    expect(containsValue("anything", "")).toBe(false);
  });

  it("folds case and accents", () => {
    expect(matchForm("Árbol ÇA Über")).toBe("arbol ca uber");
  });
});
