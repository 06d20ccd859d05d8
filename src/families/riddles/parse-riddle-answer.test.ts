import { describe, expect, it } from "vitest";
import type { RiddleKey } from "./fill-riddle.ts";
import { parseRiddleAnswer } from "./parse-riddle-answer.ts";

const key = (kind: RiddleKey["kind"], answer: string, language: string, synonyms: Record<string, string[]> = {}, recited?: string): RiddleKey => ({
  kind,
  language,
  answer,
  recited,
  tolerance: 0,
  synonyms,
});

const widow = (language: string) => key("yesno", "no", language, { no: ["he is dead", "está muerto", "il est mort", "er ist tot", "está morto"] });
const monty = (language: string) => key("yesno", "no", language, { no: ["doesn't matter", "makes no difference", "50/50", "peu importe", "da igual"], yes: ["switch"] }, "yes");
const bat = (language: string) => key("number", "15", language, {}, "30");
const months = (language: string) => key("number", "12", language, { "12": ["all", "all of them", "todos", "tous les mois", "alle"], "1": ["february", "febrero", "Februar"] });
const race = (language: string) => key("number", "2", language);
const raceLastTwin = (language: string) => key("number", "9", language, { impossible: ["impossible", "can't", "imposible"], "9": ["second to last", "penúltimo", "avant-dernier"] }, "impossible");
const surgeon = (language: string) => key("label", "mother", language, { mother: ["mother", "mum", "madre", "mère", "Mutter", "mãe"], father: ["father", "padre", "père", "Vater", "pai"] });
const feathers = (language: string) => key("label", "same", language, { same: ["the same", "neither", "lo mismo", "gleich"], feathers: ["feathers", "plumas"], steel: ["steel", "acero"] });
const train = (language: string) => key("label", "east", language, {
  none: ["no smoke", "no hay humo", "pas de fumée"],
  east: ["east", "al este", "hacia el este", "=este", "l'est", "à l'est", "=est"],
  northeast: ["north-east", "northeast", "noreste"],
});
const moses = (language: string) => key("number", "0", language, { "0": ["none", "ninguno", "aucun", "keine", "nenhum"] }, undefined);

// [response, key, expected label or null for unscored]
const cases: [string, RiddleKey, string | null][] = [
  ["ANSWER: No", widow("en"), "no"],
  ["**Answer:** No.", widow("en"), "no"],
  ["Respuesta final: no puede", widow("es"), "no"],
  ["Nein, denn er ist tot.", widow("de"), "no"],
  ["Réponse : Non, il est mort.", widow("fr"), "no"],
  ["RESPOSTA: Não.", widow("pt"), "no"],
  ["If he has a widow, he has died.\n\nANSWER: **No** — a dead man can't marry.", widow("en"), "no"],
  ["ANSWER: He cannot, because he would be dead.", widow("en"), "no"],
  ["ANSWER: Legally allowed, but he is dead", widow("en"), "no"],
  ["ANSWER: No", widow("es"), "no"],
  ["Si el hombre tiene viuda, está muerto.\nRESPUESTA: no", widow("es"), "no"],
  ["The answer is no: a man with a widow is dead.", widow("en"), "no"],
  ["No. A man who leaves a widow has already died.", widow("en"), "no"],
  ["ANSWER: Yes", widow("en"), "yes"],
  ["RESPUESTA: Sí, puede casarse.", widow("es"), "yes"],
  ["Respuesta: Si, puede", widow("es"), "yes"],
  ["Antwort: Ja, das ist erlaubt.", widow("de"), "yes"],
  ["RESPOSTA: Sim", widow("pt"), "yes"],
  ["RESPOSTA: No caso dele, pode casar sim", widow("pt"), "yes"],
  ["ANSWER: Yes and no", widow("en"), null],
  ["ANSWER: It depends on the jurisdiction.", widow("en"), null],
  ["RESPUESTA: Quizás, depende del país.", widow("es"), null],
  ["RESPUESTA: Sí y no, según el país.", widow("es"), null],
  ["ANSWER: He should ask a lawyer.", widow("en"), null],
  ["", widow("en"), null],
  ["Let me think about this carefully.\n\nANSWER:", widow("en"), null],
  ["ANSWER: It makes no difference (50/50).", monty("en"), "no"],
  ["Réponse : peu importe, c'est 50/50", monty("fr"), "no"],
  ["ANSWER: Yes — switching wins two times in three.", monty("en"), "yes"],
  ["ANSWER: You should switch", monty("en"), "yes"],
  ["ANSWER: 15", bat("en"), "15"],
  ["Final answer: **15 euros**", bat("en"), "15"],
  ["ANSWER: $30", bat("en"), "30"],
  ["RESPUESTA: quince euros", bat("es"), "15"],
  ["Antwort: 15 Euro (nicht 30)", bat("de"), "15"],
  ["ANSWER: not 30 but 15", bat("en"), "15"],
  ["ANSWER: 15 or 30", bat("en"), null],
  ["The ball costs 15 dollars.", bat("en"), "15"],
  ["So the bat is 315 and the ball \\boxed{15}", bat("en"), "15"],
  ["ANSWER: fifteen", bat("fr"), "15"],
  ["ANSWER: I don't know", bat("en"), null],
  ["ANSWER: 15,0 €", bat("es"), "15"],
  ["ANSWER: All of them (12).", months("en"), "12"],
  ["ANSWER: No, 12.", months("en"), "12"],
  ["Réponse : tous les mois", months("fr"), "12"],
  ["ANTWORT: Nur der Februar", months("de"), "1"],
  ["ANSWER: 2nd place", race("en"), "2"],
  ["RESPUESTA: Segundo lugar", race("es"), "2"],
  ["Antwort: Platz 2.", race("de"), "2"],
  ["RÉPONSE : deuxième", race("fr"), "2"],
  ["RESPOSTA: 2º lugar", race("pt"), "2"],
  ["ANSWER: First", race("en"), "1"],
  ["ANSWER: second to last", raceLastTwin("en"), "9"],
  ["RESPUESTA: penúltimo (9.º)", raceLastTwin("es"), "9"],
  ["ANSWER: Impossible — you can't overtake the last runner.", raceLastTwin("en"), "impossible"],
  ["ANSWER: The boy's mother", surgeon("en"), "mother"],
  ["ANSWER: His mother, not his father.", surgeon("en"), "mother"],
  ["ANSWER: It's not the father, it's the mother.", surgeon("en"), "mother"],
  ["Respuesta: Es su madre.", surgeon("es"), "mother"],
  ["ANTWORT: Die Mutter des Jungen", surgeon("de"), "mother"],
  ["RESPOSTA: Não é o pai, é a mãe.", surgeon("pt"), "mother"],
  ["ANSWER: la madre", surgeon("en"), "mother"],
  ["ANSWER: the mother or the father", surgeon("en"), null],
  ["ANSWER: the nurse", surgeon("en"), null],
  ["ANSWER: Neither — they weigh the same.", feathers("en"), "same"],
  ["Respuesta: Ni las plumas ni el acero: pesan lo mismo.", feathers("es"), "same"],
  ["ANSWER: The steel", feathers("en"), "steel"],
  ["ANSWER: There is no smoke — it's electric.", train("en"), "none"],
  ["RESPUESTA: Hacia el este", train("es"), "east"],
  ["RESPUESTA: Este.", train("es"), "east"],
  ["RESPUESTA: En este caso no hay humo.", train("es"), "none"],
  ["ANSWER: North-east", train("en"), "northeast"],
  ["Réponse : à l'est", train("fr"), "east"],
  ["- **ANSWER: East** (not north-east)", train("en"), "east"],
  ["ANSWER: None — it was Noah, not Moses.", moses("en"), "0"],
  ["RESPUESTA: Ninguno, fue Noé.", moses("es"), "0"],
  ["ANTWORT: Zwei von jeder Art", moses("de"), "2"],
];

describe("parseRiddleAnswer", () => {
  it.each(cases)("%j", (response, riddleKey, expected) => {
    const parsed = parseRiddleAnswer(response, riddleKey);
    if (expected === null) expect(parsed).toHaveProperty("unscored");
    else expect(parsed).toMatchObject({ label: expected });
  });

  it("covers at least 40 messy answers", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it("says where the answer came from and why it could not read one", () => {
    expect(parseRiddleAnswer("ANSWER: No", widow("en"))).toEqual({ label: "no", from: "final answer line" });
    expect(parseRiddleAnswer("Nein, denn er ist tot.", widow("de"))).toEqual({ label: "no", from: "opening sentence" });
    expect(parseRiddleAnswer("ANSWER: 15 or 30", bat("en"))).toEqual({ unscored: 'the final answer "15 or 30" hedges or names two answers' });
    expect(parseRiddleAnswer("I am not able to say much here, sadly, as the riddle could be read in several ways.", bat("en"))).toEqual({
      unscored: "no final answer line and no clear answer statement",
    });
  });

  it("accepts numbers within the key's tolerance as the key's own label", () => {
    expect(parseRiddleAnswer("ANSWER: 2.4", { ...bat("en"), answer: "2.5", recited: undefined, tolerance: 0.1 })).toMatchObject({ label: "2.5" });
    expect(parseRiddleAnswer("ANSWER: 2.3", { ...bat("en"), answer: "2.5", recited: undefined, tolerance: 0.1 })).toMatchObject({ label: "2.3" });
  });
});
