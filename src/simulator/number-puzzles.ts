// Puzzle readers whose answer is worked out from the numbers in the question: they find the quantities by the words
// around them and apply the puzzle's arithmetic, so a perturbed wording ("the bat costs 110", "grows by the same
// area") gets its own, different answer.

import { cue, numberAfter, numberBefore, numbersIn, stem, type Puzzle } from "./puzzle-words.ts";

const whole = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2))));

const TOTAL = cue("total", "together", "juntos", "ensemble", "zusammen");
const COSTS = cue("costs", "cuesta", "coûte", "kostet", "custa");
const MORE = cue("more", "más", "de plus", "mehr", "a mais");

const batAndBall: Puzzle = {
  name: "bat and ball",
  recognise: [cue("bat", "bate", "batte", "schläger", "taco"), cue("ball", "pelota", "balle", "bola")],
  read(text) {
    const clauses = text.split(/[.;?]/u);
    const total = numbersIn(clauses.find((c) => TOTAL.test(c)) ?? "")[0];
    const priced = clauses.find((c) => !TOTAL.test(c) && COSTS.test(c) && numbersIn(c).length > 0);
    const bat = numbersIn(priced ?? "")[0];
    if (total === undefined || bat === undefined || priced === undefined) return undefined;
    // "costs 100 more than the ball": ball + (ball + 100) = total. "costs 110": the ball is what is left.
    return whole(MORE.test(priced) ? (total - bat) / 2 : total - bat);
  },
};

const lilyPads: Puzzle = {
  name: "lily pads",
  recognise: [stem("lilies", "lily", "nenúfar", "nénuphar", "seerose", "aguapé")],
  read(text) {
    const days = numberBefore(text, "days", "días", "jours", "tagen", "dias");
    if (days === undefined) return undefined;
    if (cue("same area", "misma superficie", "même surface", "dieselbe fläche", "mesma área").test(text)) return whole(days / 2);
    if (stem("doubl", "duplic", "verdoppel", "dobra").test(text)) return whole(days - 1);
    return undefined;
  },
};

const PILL_WORDS = ["pills", "pastillas", "comprimés", "tabletten", "comprimidos"];

const pills: Puzzle = {
  name: "pills every half hour",
  recognise: [cue(...PILL_WORDS), cue("half hour", "half an hour", "media hora", "demi-heures", "halbe stunde", "meia hora")],
  read(text) {
    const count = numberBefore(text, ...PILL_WORDS);
    if (count === undefined) return undefined;
    const lateStart = cue("first one half an hour after", "primera media hora después", "premier une demi-heure après", "erste eine halbe stunde", "primeiro meia hora depois");
    return whole(lateStart.test(text) ? 30 * count : 30 * (count - 1));
  },
};

const ropeLadder: Puzzle = {
  name: "rope ladder and tide",
  recognise: [stem("rung", "peldaño", "barreau", "sprosse", "degrau"), cue("tide", "marea", "marée", "flut", "maré")],
  read(text) {
    const rungs = numberBefore(text, "rungs", "ladder rungs", "peldaños", "barreaux", "sprossen", "degraus");
    const hours = numberBefore(text, "hours", "horas", "heures", "stunden");
    const [spacing, rise] = [...text.matchAll(/(\d+)\s*cm/gu)].map((m) => Number(m[1]));
    if (rungs === undefined || hours === undefined || !spacing || rise === undefined) return undefined;
    // A ladder on a floating ship rises with the tide; one fixed to a pier does not.
    const fixed = cue("fixed", "pier", "fijada", "muelle", "fixée", "jetée", "befestigt", "mole", "presa", "cais").test(text);
    return whole(fixed ? Math.max(0, rungs - Math.floor((rise * hours) / spacing)) : rungs);
  },
};

const sisterAge: Puzzle = {
  name: "sister's age",
  recognise: [cue("sister", "hermana", "sœur", "schwester", "irmã"), cue("half", "mitad", "moitié", "halb", "metade", "twice", "doble", "double", "doppelt", "dobro")],
  read(text) {
    const then = numberAfter(text, "when i was", "at", "cuando yo tenía", "quand j'avais", "à", "als ich", "mit", "quando eu tinha", "aos meus");
    const now = numberAfter(text, "now i am", "i'm", "ahora tengo", "tengo", "j'ai", "j'en ai", "jetzt bin ich", "agora tenho", "tenho");
    if (then === undefined || now === undefined) return undefined;
    const sisterThen = cue("twice", "doble", "double", "doppelt", "dobro").test(text) ? then * 2 : then / 2;
    return whole(now - then + sisterThen);
  },
};

const allBut: Puzzle = {
  name: "all but some die",
  recognise: [
    cue("die", "dies", "mueren", "meurent", "sterben", "morrem"),
    stem("sheep", "goat", "hen", "oveja", "cabra", "gallina", "brebis", "chèvre", "poule", "schaf", "ziege", "hühn", "ovelha", "galinha"),
  ],
  read(text) {
    const survivors = numberAfter(text, "all but", "todas menos", "todos menos", "sauf", "bis auf", "menos");
    if (survivors !== undefined) return whole(survivors);
    // "has 30 sheep. 5 of them die": the last two numbers are the flock and the dead.
    const [total, died] = numbersIn(text).slice(-2);
    return total === undefined || died === undefined ? undefined : whole(total - died);
  },
};

/** Number puzzles, most specific first; `allBut` last, since other farm puzzles mention dying animals. */
export const NUMBER_PUZZLES: readonly Puzzle[] = [batAndBall, lilyPads, pills, ropeLadder, sisterAge, allBut];
