// A tiny stopword-vote language detector for en, es, fr, de, it, pt, so profiles can behave per language.
// It reads only the start of long texts: enough words to decide, bounded cost on megabyte prompts.

export const SIMULATED_LANGUAGES = ["en", "es", "fr", "de", "it", "pt"] as const;
export type SimulatedLanguage = (typeof SIMULATED_LANGUAGES)[number];

/** Returned when no stopword of any supported language appears. */
export const UNDETERMINED_LANGUAGE = "und";

const SAMPLE_CHARS = 4000;

// Words shared by several languages vote for each of them; the distinctive ones decide.
const STOPWORDS: Record<SimulatedLanguage, string> = {
  en: "the and is are was were what which who how why of to in that this with for you your it not be have does do can",
  es: "el la los las es son qué cuál cómo por qué porque una un del al con para que en se lo su sus está hay tiene cuánto pero",
  fr: "le la les est sont quel quelle comment pourquoi une un des du au avec pour que qui dans ce cette il elle pas vous combien",
  de: "der die das ist sind was welche wie warum ein eine einen und mit für nicht ich du sie es auf dem den wer wieviel",
  it: "il lo la gli le è sono che cosa quale come perché una un del della con per non di chi quanto questo nel",
  pt: "o os as é são que qual como porquê uma um do da dos das com para não em você quanto isso este no na",
};

const VOTES = new Map<string, SimulatedLanguage[]>();
for (const language of SIMULATED_LANGUAGES) {
  for (const word of STOPWORDS[language].split(" ")) {
    const voters = VOTES.get(word);
    if (!voters) VOTES.set(word, [language]);
    else if (!voters.includes(language)) voters.push(language);
  }
}

const WORD = /[\p{L}]+/gu;

/** The most likely language code of `text` ("en", "es", ...), or "und" when nothing points anywhere. */
export function detectLanguage(text: string): string {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const scores = new Map<SimulatedLanguage, number>();
  for (const match of sample.matchAll(WORD)) {
    const voters = VOTES.get(match[0]);
    if (!voters) continue;
    for (const language of voters) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  if (/[ñ¿¡]/.test(sample)) scores.set("es", (scores.get("es") ?? 0) + 2);
  if (/[ß]/.test(sample)) scores.set("de", (scores.get("de") ?? 0) + 2);
  if (/[ãõ]/.test(sample)) scores.set("pt", (scores.get("pt") ?? 0) + 2);
  let best: string = UNDETERMINED_LANGUAGE;
  let bestScore = 0;
  for (const language of SIMULATED_LANGUAGES) {
    const score = scores.get(language) ?? 0;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
