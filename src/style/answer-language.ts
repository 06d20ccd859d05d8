// Which language an answer is written in (en, es, fr, de, pt, it), from votes of common function words and a few
// letters only one language uses; short answers of a sentence or two are enough. Code blocks should be removed first.

export const ANSWER_LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
export type AnswerLanguage = (typeof ANSWER_LANGUAGES)[number];

/** Only the start of a long answer is read: a few hundred words decide, and the cost stays flat. */
const SAMPLE_CHARS = 4000;

// Our own lists of frequent function words and short replies. A word several languages share votes for each,
// with a weight split between them, so distinctive words decide and shared ones only tip the balance.
const FUNCTION_WORDS: Record<AnswerLanguage, string> = {
  en: `the a an of and or to in on at by for from with about into is are was were be been being it its this that these
    those there their they them you your we our he she his her not no yes do does did have has had can will would should
    could which who what when where why how than then also if so because but very just only i`,
  es: `el la los las un una unos unas de del al y o que en es son fue era ser está están estar por para con sin sobre
    como cuando donde porque pero más muy también se su sus lo le les este esta estos estas ese esa eso hay tiene puede
    sí no ya entre desde hasta respuesta`,
  fr: `le la les un une des du de et ou que qui qu en est sont était être avec pour par sur dans pas ne plus très aussi
    ce cette ces il elle ils elles nous vous leur leurs son sa ses au aux mais comme quand où parce oui non c l n j
    y a été réponse`,
  de: `der die das den dem des ein eine einen einem einer und oder ist sind war waren sein mit für von zu zum zur auf im
    in nicht auch sich es sie er wir ihr ich du aber als wenn weil dass wie was wer wo noch nur sehr ja nein bei nach
    aus um hat haben wird werden antwort`,
  pt: `o a os as um uma uns umas de do da dos das e ou que em no na nos nas é são foi era ser está estão com sem para
    por pelo pela como quando onde porque mas mais muito também se seu sua seus suas isso este esta esse essa há tem
    pode sim não já ao aos resposta`,
  it: `il lo la i gli le un uno una di del della dei delle degli e o che in nel nella è sono era essere con per da dal
    dalla su sul come quando dove perché ma più molto anche si suo sua non questo questa quello quella ci ha hanno può
    sì già al alla l dell nell dall risposta`,
};

/** Letters that point at one language; each occurrence counts half a function word. */
const LETTER_HINTS: readonly [RegExp, AnswerLanguage][] = [
  [/[ñ¿¡]/gu, "es"],
  [/[ãõ]/gu, "pt"],
  [/[ßäöü]/gu, "de"],
  [/[êîûœëïù]/gu, "fr"],
  [/[òì]/gu, "it"],
];
const LETTER_WEIGHT = 0.5;

const VOTES = new Map<string, AnswerLanguage[]>();
for (const language of ANSWER_LANGUAGES) {
  for (const word of FUNCTION_WORDS[language].trim().split(/\s+/)) {
    const voters = VOTES.get(word) ?? [];
    if (!voters.includes(language)) voters.push(language);
    VOTES.set(word, voters);
  }
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The language of `text`, or undefined when nothing points anywhere or two languages tie. */
export function detectAnswerLanguage(text: string): AnswerLanguage | undefined {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const scores = new Map<AnswerLanguage, number>();
  const add = (language: AnswerLanguage, weight: number) => scores.set(language, (scores.get(language) ?? 0) + weight);
  for (const [word] of sample.matchAll(WORD)) {
    const voters = VOTES.get(word);
    if (voters) for (const language of voters) add(language, 1 / voters.length);
  }
  for (const [letters, language] of LETTER_HINTS) add(language, LETTER_WEIGHT * (sample.match(letters)?.length ?? 0));
  let best: AnswerLanguage | undefined;
  let bestScore = 0;
  let runnerUp = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      runnerUp = bestScore;
      best = language;
      bestScore = score;
    } else if (score > runnerUp) runnerUp = score;
  }
  return bestScore > runnerUp ? best : undefined;
}

/**
 * Whether an answer is in the language it was asked in, comparing primary subtags ("es-MX" is "es"); undefined when
 * either is unknown, or the question's language is not one the detector knows (its answers cannot be told apart).
 */
export function languageMatches(answerLanguage: string | undefined, questionLanguage: string | undefined): boolean | undefined {
  if (answerLanguage === undefined || questionLanguage === undefined) return undefined;
  const asked = primarySubtag(questionLanguage);
  if (!(ANSWER_LANGUAGES as readonly string[]).includes(asked)) return undefined;
  return primarySubtag(answerLanguage) === asked;
}

function primarySubtag(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? "";
}
