// English inflection for the prose generator's word lists: plurals, verb forms and "a"/"an", by rule plus the
// exceptions the lists actually contain, so the lists stay one word per entry.

const IRREGULAR_PLURALS: Record<string, string> = {
  calf: "calves", child: "children", echo: "echoes", foot: "feet", goose: "geese", half: "halves", hero: "heroes",
  hoof: "hooves", knife: "knives", leaf: "leaves", loaf: "loaves", mouse: "mice", ox: "oxen", person: "people",
  potato: "potatoes", scarf: "scarves", shelf: "shelves", sheaf: "sheaves", thief: "thieves", tomato: "tomatoes",
  tooth: "teeth", wife: "wives", wolf: "wolves", sheep: "sheep", deer: "deer", trout: "trout", salmon: "salmon",
  volcano: "volcanoes", torpedo: "torpedoes", cargo: "cargoes", wharf: "wharves", dwarf: "dwarves",
};

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(s|x|z|ch|sh)$/;

export function plural(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (noun.endsWith("man")) return `${noun.slice(0, -3)}men`;
  if (CONSONANT_Y.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (SIBILANT.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** The forms a sentence template can ask of a verb. */
export interface VerbForms {
  base: string;
  past: string;
  participle: string;
  ing: string;
  third: string;
}

/**
 * A verb entry from the lists: "walk", "stop+" (doubles its last consonant), "take/took/taken" (irregular past and
 * participle) or "buy/bought" (participle = past).
 */
export function verbForms(entry: string): VerbForms {
  const doubled = entry.endsWith("+");
  const [base = "", givenPast, givenParticiple] = (doubled ? entry.slice(0, -1) : entry).split("/");
  const stem = doubled ? base + base.slice(-1) : base;
  const past = givenPast ?? (doubled ? `${stem}ed` : regularPast(base));
  return { base, past, participle: givenParticiple ?? past, ing: doubled ? `${stem}ing` : presentParticiple(base), third: thirdPerson(base) };
}

function regularPast(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (CONSONANT_Y.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function presentParticiple(base: string): string {
  if (base.endsWith("ie")) return `${base.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

function thirdPerson(base: string): string {
  if (CONSONANT_Y.test(base)) return `${base.slice(0, -1)}ies`;
  if (SIBILANT.test(base) || /[^o]o$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** "a" or "an" by sound for the words in our lists: "an hour", "a university", "a one-eyed cat". */
export function withArticle(phrase: string): string {
  const lower = phrase.toLowerCase();
  const vowelSound = /^(hour|honest|honou?r|heir)/.test(lower) || (/^[aeiou]/.test(lower) && !/^(uni|use|usu|eu|one|ewe)/.test(lower));
  return `${vowelSound ? "an" : "a"} ${phrase}`;
}
