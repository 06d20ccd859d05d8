import { describe, expect, it } from "vitest";
import { countSentences } from "./count-sentences.ts";

describe("countSentences", () => {
  it("counts terminated clauses and unterminated lines with words", () => {
    expect(countSentences("One. Two! Three? Four")).toBe(4);
    expect(countSentences("Wow!!! Really?! Yes…")).toBe(3);
    expect(countSentences("## Heading\n- item one\n- item two.\n\n(He left.) “Fine.”")).toBe(5);
    expect(countSentences("你好。谢谢！")).toBe(2);
    expect(countSentences("Done! 🎉\nPrice: 5 €")).toBe(2);
  });

  it("does not split decimals; a line of stops alone is one sentence, a rule none", () => {
    expect(countSentences("Pi is 3.14 roughly.")).toBe(1);
    expect(countSentences("---\n\n***\n")).toBe(0);
    expect(countSentences("!!!")).toBe(1);
    expect(countSentences("")).toBe(0);
  });
});
