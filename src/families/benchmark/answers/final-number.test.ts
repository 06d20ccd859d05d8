import { describe, expect, it } from "vitest";
import { finalNumber, sameNumber } from "./final-number.ts";

describe("finalNumber", () => {
  it("reads the answer line in the problem's language, with its separators", () => {
    expect(finalNumber("Ella gana 16 - 3 - 4 = 9 huevos; 9 × 2 = 18.\nRespuesta: 18", "es")).toEqual({ value: 18, rule: "answer line" });
    expect(finalNumber("Total: 1.000 + 250\nRespuesta: 1.250 dólares", "es")?.value).toBe(1250);
    expect(finalNumber("Answer: 1,250", "en")?.value).toBe(1250);
    expect(finalNumber("Il reste 3,5 litres.\nRéponse : 3,5", "fr")?.value).toBe(3.5);
    expect(finalNumber("Réponse : 1 250 €", "fr")?.value).toBe(1250);
    expect(finalNumber("**Antwort:** 42", "de")?.value).toBe(42);
  });

  it("reads scripts without spaces and native digits", () => {
    expect(finalNumber("她每天剩下9个鸡蛋，共18美元。\n答案：18", "zh")?.value).toBe(18);
    expect(finalNumber("合計で１８ドルです。\n答え：１８", "ja")?.value).toBe(18);
    expect(finalNumber("মোট ১৮ টাকা।\nউত্তর: ১৮", "bn")?.value).toBe(18);
    expect(finalNumber("รวมเป็น๑๘บาท\nคำตอบ: ๑๘", "th")?.value).toBe(18);
    expect(finalNumber("మొత్తం ౧౮\nసమాధానం: ౧౮", "te")?.value).toBe(18);
  });

  it("accepts an answer line in another language than the question's, and the last candidate line wins", () => {
    expect(finalNumber("La respuesta es 16 huevos... no: 9 huevos a 2 dólares.\nAnswer: 18", "es")?.value).toBe(18);
    expect(finalNumber("Answer: 12\nWait, I miscounted.\nAnswer: 14", "en")?.value).toBe(14);
    expect(finalNumber("Ответ:\n\n27 яблок", "ru")?.value).toBe(27);
  });

  it("falls back to the last number, ignoring percentages there (an answer line's percentage is the answer), and finds nothing in a number-free answer", () => {
    expect(finalNumber("16 eggs, 3 eaten, 4 baked: she sells 9 and makes 18 dollars.", "en")).toEqual({ value: 18, rule: "last number" });
    expect(finalNumber("A 50% discount on 40 gives 20", "en")?.value).toBe(20);
    expect(finalNumber("9 of 60 are absent, which is 15%.\nAnswer: 15%", "en")).toEqual({ value: 15, rule: "answer line" });
    expect(finalNumber("She makes 18 dollars. This answer assumes 2 dollars an egg and 7 days.", "en")).toEqual({ value: 7, rule: "last number" });
    expect(finalNumber("So the answer is 18, assuming 2 dollars an egg.", "en")).toEqual({ value: 18, rule: "answer line" });
    expect(finalNumber("I cannot solve this.", "en")).toBeUndefined();
  });
});

describe("sameNumber", () => {
  it("compares exactly, up to rounding noise", () => {
    expect(sameNumber(18, 18)).toBe(true);
    expect(sameNumber(18.000000000001, 18)).toBe(true);
    expect(sameNumber(18.5, 18)).toBe(false);
  });
});
