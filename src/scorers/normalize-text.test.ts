import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text.ts";

describe("normalizeText", () => {
  it("peels markdown, quotes, trailing punctuation and whitespace in any nesting", () => {
    expect(normalizeText("  **Paris.**\n")).toBe("paris");
    expect(normalizeText(`**"Paris".**`)).toBe("paris");
    expect(normalizeText("“Paris”")).toBe("paris");
    expect(normalizeText("«París»")).toBe("parís");
    expect(normalizeText("_Paris_!")).toBe("paris");
    expect(normalizeText("`42`")).toBe("42");
    expect(normalizeText("```text\nNew   York\n```")).toBe("new york");
    expect(normalizeText("¡Sí!")).toBe("sí");
    expect(normalizeText("答案。")).toBe("答案");
  });

  it("applies NFKC so full-width forms compare equal", () => {
    expect(normalizeText("ＰＡＲＩＳ")).toBe("paris");
    expect(normalizeText("ＰＡＲＩＳ", { unicodeNormalize: false })).toBe("ｐａｒｉｓ");
  });

  it("drops accents only when asked", () => {
    expect(normalizeText("Café Crème")).toBe("café crème");
    expect(normalizeText("Café Crème", { ignoreAccents: true })).toBe("cafe creme");
  });

  it("honours each option when switched off", () => {
    expect(normalizeText("Paris", { ignoreCase: false })).toBe("Paris");
    expect(normalizeText("Paris.", { ignorePunctuation: false })).toBe("paris.");
    expect(normalizeText('"Paris"', { ignoreQuotes: false })).toBe('"paris"');
    expect(normalizeText("**Paris**", { ignoreMarkdown: false })).toBe("**paris**");
    expect(normalizeText(" a  b ", { ignoreWhitespace: false })).toBe(" a  b ");
  });
});
