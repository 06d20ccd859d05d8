import { describe, expect, it } from "vitest";
import { NEEDLE_LANGUAGES } from "../niah-options.ts";
import type { NeedleLanguage } from "./needle-set.ts";
import { NONLITERAL_PAIRS } from "./nonliteral-pairs.ts";
import { matchForm } from "./value-match.ts";

// Function words only (matchForm spelling: lower case, no accents): anything else shared would be a literal cue.
const STOPWORDS: Record<NeedleLanguage, string> = {
  en: `a an the and or but of to in on at by for from with without into over under is are was were be
    been being has have had do does did can cannot could would should will shall may might must not no nor so than then
    that this these those which who whom whose what when where why how it its he she they them his her their
    some any all every each very too also since during`,
  es: `el la los las un una unos unas y o pero de del al a en con sin por para desde hasta sobre entre es son
    fue ser ha han he has haber hay esta estan estado cada su sus se le lo que quien cual como cuando donde muy mas ni no
    mi tu ya todo todos una`,
  fr: `le la les l un une des du de d et ou mais a au aux en dans sur sous avec sans par pour chez est sont ete
    etre a ai as ont avait son sa ses leur leurs se s ne n pas plus que qui quel quelle quels ce cet cette ces tout tous
    chaque tres`,
  de: `der die das den dem des ein eine einer einem einen eines und oder aber von zu zum zur im in am an auf mit ohne
    uber unter fur bei nach aus ist sind war waren hat haben hatte wird wurde kann konnen sein seine ihr ihre es er sie
    welche welcher welches wer was wie wo nicht kein keine keinen schon einmal jeden jede sehr auch noch dass`,
  pt: `o a os as um uma uns umas e ou mas de do da dos das no na nos nas em ao aos a com sem por pela pelo para
    desde ate sobre entre e sao foi ser tem ha seu sua seus suas se lhe que quem qual quais como quando onde muito mais
    nao nunca ja todo todos cada num numa`,
};

const stopwords = (language: NeedleLanguage) => new Set(STOPWORDS[language].split(/\s+/u));

function contentWords(text: string, language: NeedleLanguage): string[] {
  const stop = stopwords(language);
  return (matchForm(text.replace("{name}", "")).match(/\p{L}+/gu) ?? []).filter((w) => !stop.has(w));
}

describe("NONLITERAL_PAIRS", () => {
  it("has at least 8 pairs per language and 40 in all, each distinct and complete", () => {
    let total = 0;
    for (const language of NEEDLE_LANGUAGES) {
      const pairs = NONLITERAL_PAIRS[language];
      expect(pairs.length).toBeGreaterThanOrEqual(8);
      expect(new Set(pairs.map((p) => p.needle)).size).toBe(pairs.length);
      for (const pair of pairs) {
        expect(pair.needle).toContain("{name}");
        expect(pair.question).toMatch(/\?$/u);
        expect(pair.link.length).toBeGreaterThan(10);
      }
      total += pairs.length;
    }
    expect(total).toBeGreaterThanOrEqual(40);
  });

  for (const language of NEEDLE_LANGUAGES) {
    it(`${language}: question and needle share no content word, nor a 5-letter stem`, () => {
      for (const pair of NONLITERAL_PAIRS[language]) {
        const needle = contentWords(pair.needle, language);
        const question = contentWords(pair.question, language);
        const stem = (w: string) => (w.length >= 5 ? w.slice(0, 5) : w);
        const shared = question.filter((q) => needle.some((n) => n === q || (q.length >= 5 && n.length >= 5 && stem(n) === stem(q))));
        expect({ pair: pair.needle, shared }).toEqual({ pair: pair.needle, shared: [] });
      }
    });
  }

  it("the overlap check catches a literal pair", () => {
    expect(contentWords("{name} visited the museums of Helsinki.", "en")).toEqual(["visited", "museums", "helsinki"]);
    expect(contentWords("Which character has been to Helsinki?", "en")).toContain("helsinki");
  });
});
