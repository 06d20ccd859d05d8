// Puzzle readers for trick questions whose answer turns on one detail of the wording: an electric train, the host
// who knows, Moses rather than Noah, the surgeon said to be a man. Each looks for that detail, so the classic and
// its perturbed twin get different answers, written in the question's language.

import { cue, NO, numberBefore, QUANTITY_WORDS, stem, YES, type Puzzle, type PuzzleLanguage, type Words } from "./puzzle-words.ts";

const DIRECTIONS = "north|south|east|west|norte|sur|sul|este|oeste|leste|nord|sud|est|ouest|norden|süden|osten|westen";
const WIND = new RegExp(`(?:from|de|d'|von)\\s*(${DIRECTIONS})\\s+(?:to|a|en|nach|para)\\s+(${DIRECTIONS})(?![\\p{L}])`, "iu");

const towards = (direction: string): Words => ({
  en: direction,
  es: `hacia el ${direction}`,
  fr: /^[aeiou]/iu.test(direction) ? `vers l'${direction}` : `vers le ${direction}`,
  de: `nach ${direction}`,
  pt: `para o ${direction}`,
});

const smoke: Puzzle = {
  name: "train smoke",
  recognise: [cue("smoke", "humo", "fumée", "rauch", "fumaça")],
  read(text, language) {
    if (stem("electric", "eléctric", "électrique", "elektro", "elétric").test(text)) {
      return { en: "there is no smoke", es: "no hay humo", fr: "pas de fumée", de: "kein Rauch", pt: "não há fumaça" }[language];
    }
    const wind = WIND.exec(text);
    return wind?.[2] === undefined ? undefined : towards(wind[2])[language];
  },
};

const KILOS = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+|${Object.keys(QUANTITY_WORDS).join("|")})\\s+(?:kilograms?|kilos?|kg|quilos?)\\s+(?:of\\s+|de\\s+|d')?(\\p{L}+)`,
  "giu",
);

const heavier: Puzzle = {
  name: "which is heavier",
  recognise: [cue("heavier", "pesa más", "plus lourd", "schwerer", "mais pesado")],
  read(text, language) {
    // The question names the two loads last: "a kilogram of feathers or two kilograms of steel".
    const [a, b] = [...text.matchAll(KILOS)].slice(-2).map((m) => ({ amount: Number(m[1]) || QUANTITY_WORDS[(m[1] ?? "").toLowerCase()] || 0, what: m[2] ?? "" }));
    if (!a || !b || a.amount === 0 || b.amount === 0) return undefined;
    if (a.amount === b.amount) return { en: "they weigh the same", es: "pesan lo mismo", fr: "le même poids", de: "gleich schwer", pt: "pesam o mesmo" }[language];
    return a.amount > b.amount ? a.what : b.what;
  },
};

const months: Puzzle = {
  name: "months with 28 days",
  recognise: [cue("months", "meses", "mois", "monate"), /28/u],
  read: (text) => (cue("exactly", "exactamente", "exactement", "genau", "exatamente").test(text) ? "1" : "12"),
};

const doors: Puzzle = {
  name: "three doors",
  recognise: [cue("doors", "puertas", "portes", "türen", "portas"), stem("goat", "cabra", "chèvre", "ziege")],
  read(text, language) {
    // Switching helps only because the host knows where the car is and never shows it.
    const blind = /does not know|doesn't know|at random|no sabe|al azar|ne sait pas|au hasard|weiß nicht|geratewohl|não sabe|ao acaso/iu.test(text);
    return (blind ? NO : YES)[language];
  },
};

const ark: Puzzle = {
  name: "animals on the ark",
  recognise: [cue("ark", "arca", "arche")],
  read(text) {
    if (cue("moses", "moisés", "moïse", "mose").test(text)) return "0";
    return cue("noah", "noé").test(text) ? "2" : undefined;
  },
};

const OVERTAKE = stem("overtak", "adelant", "dépass", "überhol", "ultrapass");

const race: Puzzle = {
  name: "overtaking in a race",
  recognise: [OVERTAKE],
  read(text, language) {
    if (cue("you are in last place", "vas en último lugar", "tu es en dernière position", "bist du auf dem letzten platz", "você está em último lugar").test(text)) {
      const runners = numberBefore(text, "runners", "corredores", "coureurs", "läufern");
      return runners === undefined ? undefined : String(runners - 1);
    }
    const after = text.slice(OVERTAKE.exec(text)?.index ?? 0);
    if (stem("last", "últim", "derni", "letzt").test(after)) {
      return { en: "impossible", es: "imposible", fr: "impossible", de: "unmöglich", pt: "impossível" }[language];
    }
    const second = stem("second", "segund", "deuxième", "zweit").exec(after)?.index ?? Infinity;
    const first = stem("first", "primer", "premi", "erst", "primeir").exec(after)?.index ?? Infinity;
    if (second === Infinity && first === Infinity) return undefined;
    return second < first ? "2" : "1";
  },
};

const river: Puzzle = {
  name: "river crossing",
  recognise: [cue("farmer", "granjero", "fermier", "bauer", "fazendeiro"), stem("crossing", "travesía", "traversée", "überfahrt", "einzelfahrt", "travessia")],
  read: (text) => (cue("cabbage", "col", "chou", "kohl", "kohlkopf", "repolho").test(text) ? "7" : "1"),
};

const PARENT: Record<"mother" | "father", Words> = {
  mother: { en: "his mother", es: "su madre", fr: "sa mère", de: "seine Mutter", pt: "a mãe dele" },
  father: { en: "his father", es: "su padre", fr: "son père", de: "sein Vater", pt: "o pai dele" },
};

const surgeon: Puzzle = {
  name: "the surgeon's son",
  recognise: [stem("surgeon", "operat", "operar", "opérer", "operier", "operá", "cirujano", "cirurgião", "chirurg", "quirófano")],
  read: (text, language) => PARENT[cue("a man", "un hombre", "un homme", "ein mann", "um homem").test(text) ? "father" : "mother"][language],
};

const widow: Puzzle = {
  name: "marrying a sister",
  recognise: [cue("sister", "hermana", "sœur", "schwester", "irmã"), stem("marry", "casar", "épouser", "heirat")],
  // A man who has a widow is dead.
  read: (text, language: PuzzleLanguage) => (cue("widow", "viuda", "veuve", "witwe", "viúva").test(text) ? NO : YES)[language],
};

export const TRICK_PUZZLES: readonly Puzzle[] = [heavier, smoke, doors, ark, surgeon, race, river, widow, months];
