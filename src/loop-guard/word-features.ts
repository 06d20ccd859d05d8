// Words as the near-loop tracker compares them: hashed, a plural "s" dropped, and words a paraphrasing loop swaps for
// one another ("important", "significant", "crucial") mapped to one, in English, Spanish and French. Written for this
// project; small on purpose: it only has to make a sentence said again in other words hash alike.

const SYNONYM_GROUPS = [
  // English
  "important significant crucial essential vital critical major fundamental",
  "show reveal indicate demonstrate suggest display",
  "clear obvious evident apparent plain noticeable",
  "result outcome finding conclusion",
  "trend pattern tendency",
  "large huge enormous massive vast",
  "small little tiny minor slight",
  "problem issue difficulty challenge trouble",
  "help assist support",
  "understand comprehend grasp realize realise",
  "apologize apologise regret",
  "confusion misunderstanding",
  "concern worry",
  "answer reply response",
  "question query",
  "think believe feel consider",
  "fast quick rapid swift speedy",
  "good great excellent",
  "also additionally furthermore moreover besides",
  "because since",
  "however nevertheless nonetheless",
  "maybe perhaps possibly probably",
  "very extremely highly really truly",
  "start begin commence",
  "finish complete conclude",
  "make create produce build generate",
  "utilize utilise employ",
  "need require",
  "attempt",
  "note mention remark observe",
  "data information",
  "method approach technique",
  "goal objective target",
  "increase rise grow",
  "decrease decline drop reduce",
  "therefore thus hence consequently",
  "example instance",
  // Spanish
  "importante significativo significativa crucial esencial fundamental clave",
  "muestra revela indica demuestra sugiere",
  "clara claro evidente obvio obvia aparente",
  "resultado conclusión hallazgo",
  "tendencia patrón",
  "grande enorme inmenso inmensa",
  "problema dificultad asunto",
  "ayudar asistir apoyar",
  "entender comprender",
  "lamento siento disculpa perdón",
  "respuesta contestación",
  "pregunta consulta",
  "creo pienso considero",
  "rápido rápida veloz",
  "bueno buena excelente estupendo",
  "también además asimismo",
  "porque pues",
  "quizás quizá posiblemente",
  "sumamente extremadamente",
  "empezar comenzar iniciar",
  "datos información",
  "intentar probar tratar",
  "menciona señala destaca",
  "aumento incremento crecimiento",
  // French
  "important significatif significative crucial essentiel essentielle fondamental majeur primordial",
  "montre révèle indique démontre suggère",
  "clair claire évident évidente manifeste apparent",
  "résultat conclusion constat",
  "tendance",
  "grand grande énorme immense vaste",
  "problème difficulté souci",
  "aider assister soutenir",
  "comprendre saisir",
  "désolé désolée navré navrée",
  "réponse",
  "pense crois estime",
  "rapide vite",
  "excellent excellente",
  "aussi également",
  "peut-être probablement",
  "très extrêmement vraiment",
  "commencer débuter",
  "données informations",
  "essayer tenter",
  "mentionne souligne signale",
];

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Words shorter than this carry little meaning of their own ("the", "and", "est") and are not compared. */
export const MIN_WORD_LETTERS = 4;

/** One more letter of a word being hashed (start from WORD_HASH_START). */
export function extendWordHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export const WORD_HASH_START = FNV_OFFSET;

/**
 * A word's feature: its hash without a final plural "s" (on words of five letters or more), then its synonym group's.
 * `hash` covers the whole lower-cased word, `hashBeforeLast` all of it but its last letter.
 */
export function wordFeature(hash: number, hashBeforeLast: number, letters: number, lastCode: number): number {
  const stemmed = stem(hash, hashBeforeLast, letters, lastCode);
  return SYNONYMS.get(stemmed) ?? stemmed;
}

/** The feature of a whole word given as text (lower-cased here): for tests and tools. */
export function featureOfWord(word: string): number {
  const stemmed = stemmedHash(word);
  return SYNONYMS.get(stemmed) ?? stemmed;
}

function stem(hash: number, hashBeforeLast: number, letters: number, lastCode: number): number {
  return letters >= MIN_WORD_LETTERS + 1 && lastCode === 115 ? hashBeforeLast : hash;
}

function stemmedHash(word: string): number {
  const lower = word.toLowerCase();
  let hash = WORD_HASH_START;
  let before = hash;
  for (let i = 0; i < lower.length; i++) {
    before = hash;
    hash = extendWordHash(hash, lower.charCodeAt(i));
  }
  return stem(hash, before, lower.length, lower.charCodeAt(lower.length - 1));
}

/** Stemmed word hash -> its group's; a word in two groups ("crucial" in all three languages) joins them. */
const SYNONYMS = new Map<number, number>();
for (const group of SYNONYM_GROUPS) {
  const words = group.split(" ").map(stemmedHash);
  const canonical = words.map((word) => SYNONYMS.get(word)).find((known) => known !== undefined) ?? words[0]!;
  for (const word of words) if (!SYNONYMS.has(word)) SYNONYMS.set(word, canonical);
}
