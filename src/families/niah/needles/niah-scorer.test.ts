import { describe, expect, it } from "vitest";
import type { FinishReason } from "../../../core/model-adapter.ts";
import type { ScoreInput } from "../../../core/scorer.ts";
import { refusalLabel } from "../../../scorers/refusal-label.ts";
import { needleHits } from "./needle-hits.ts";
import type { NeedleSet } from "./needle-set.ts";
import { niahScorer, scoreNeedleAnswer } from "./niah-scorer.ts";

const isRefusal = (text: string) => refusalLabel(text).label === "refused";
const code = (value: string, role: "answer" | "distractor" = "answer") => ({ text: `The code is ${value}.`, role, value });

const single: NeedleSet = { kind: "single", language: "en", needles: [code("7315-KQ")], question: "What is the access code?", expected: ["7315-KQ"] };
const multi: NeedleSet = {
  kind: "multi",
  language: "en",
  needles: [code("7315-KQ"), code("2231-PL"), code("9981-TX")],
  question: "What are all the access codes?",
  expected: ["7315-KQ", "2231-PL", "9981-TX"],
};
const distractor: NeedleSet = {
  kind: "distractor",
  language: "en",
  needles: [code("7315-KQ"), code("2231-PL", "distractor"), code("4410-MN", "distractor")],
  question: "What is the night access code?",
  expected: ["7315-KQ"],
};
const absent: NeedleSet = { kind: "absent", language: "es", needles: [], question: "¿Cuál es el código?", expected: [] };
const twoHop: NeedleSet = {
  kind: "two-hop",
  language: "en",
  needles: [
    { text: "The key to locker 41 is kept by Ines Araya.", role: "hop", value: "Ines Araya" },
    { text: "Ines Araya works in the Brannoch pavilion.", role: "answer", value: "Brannoch" },
  ],
  question: "In which building does the person who keeps the key to locker 41 work?",
  expected: ["Brannoch"],
};
const counterfactual: NeedleSet = {
  kind: "counterfactual",
  language: "en",
  needles: [{ text: "In the world of this document, the capital of Australia is Tovrenci.", role: "answer", value: "Tovrenci" }],
  question: "According to the document, what is the capital of Australia?",
  expected: ["Tovrenci"],
  generalKnowledge: ["Canberra"],
};
const nonliteral: NeedleSet = { ...single, kind: "nonliteral", needles: [{ text: "Yuki has lived next to the Kiasma museum.", role: "answer", value: "Yuki" }], expected: ["Yuki"] };

type Row = [name: string, set: NeedleSet, text: string, label: string, value: number | null, finish?: FinishReason];
const ROWS: Row[] = [
  ["plain answer line", single, "ANSWER: 7315-KQ", "correct", 1],
  ["markdown label and code span", single, "Here you go.\n\n**Answer:** `7315 KQ`", "correct", 1],
  ["answer mid-text, no answer line", single, "Looking through the document, the access code is 7315-KQ, near the middle.", "correct", 1],
  ["another language", single, "El código de acceso es 7315–KQ.\nRESPUESTA: 7315-KQ", "correct", 1],
  ["hedged but only one value", single, "It might be 7315-KQ, though I am not certain.", "correct", 1],
  ["wrong value", single, "ANSWER: 7315-KR", "wrong_value", 0],
  ["the answer line wins", single, "At first I read 7315-KQ somewhere, but no.\nANSWER: NOT FOUND", "not_found", 0],
  ["document does not mention", single, "The document does not mention an access code for the Harrow archive.", "not_found", 0],
  ["not found in French", single, "Ce code n'est pas mentionné dans le document.", "not_found", 0],
  ["apologetic not found", single, "I'm sorry, but the document does not contain that code.", "not_found", 0],
  ["refusal", single, "I'm sorry, but I can't help with access codes.", "refused", 0],
  ["cut off mid-thought", single, "Let me read the document carefully. The first part talks about", "truncated_output", 0, "length"],
  ["cut off with nothing", single, "", "truncated_output", 0, "length"],
  ["empty", single, "   ", "unscored", null],
  ["multi, two of three", multi, "ANSWER: 7315-KQ, 9981-TX", "partial", 2 / 3],
  ["multi, all in a list", multi, "The codes are:\n- 7315-KQ\n- 2231-PL\n- 9981-TX", "correct", 1],
  ["multi, none", multi, "ANSWER: NOT FOUND", "not_found", 0],
  ["distractor given", distractor, "ANSWER: 2231-PL", "wrong_value", 0],
  ["distractor hedge on the answer line", distractor, "ANSWER: 7315-KQ or 2231-PL", "wrong_value", 0],
  ["distractor and answer, no answer line", distractor, "There is 7315-KQ and also 2231-PL.", "unscored", null],
  ["true value despite distractors", distractor, "The old code was 2231-PL.\nANSWER: 7315-KQ", "correct", 1],
  ["absent, says so", absent, "ANSWER: NOT FOUND", "correct", 1],
  ["absent, says so in Spanish", absent, "No se menciona en el documento.", "correct", 1],
  ["absent, says so in prose", absent, "The document does not mention that code anywhere.", "correct", 1],
  ["absent, makes one up", absent, "ANSWER: 4821-ZX", "made_up", 0],
  ["absent, apologetic not found", absent, "Lo siento, pero el documento no indica ningún código.", "correct", 1],
  ["absent, refuses", absent, "I'm sorry, but I can't assist with that.", "refused", 0],
  ["two-hop, stops at the holder", twoHop, "ANSWER: Ines Araya", "wrong_value", 0],
  ["two-hop, follows the chain", twoHop, "Ines Araya holds the key; she works in the Brannoch pavilion.\nANSWER: Brannoch pavilion", "correct", 1],
  ["counterfactual, real-world answer", counterfactual, "ANSWER: Canberra", "general_knowledge", 0],
  ["counterfactual, the document's answer", counterfactual, "ANSWER: Tovrenci", "correct", 1],
  ["nonliteral under a heading", nonliteral, "### Answer: **Yuki**", "correct", 1],
  ["nonliteral in French", nonliteral, "Réponse : Yuki", "correct", 1],
  ["nonliteral, another name", nonliteral, "ANSWER: Kofi", "wrong_value", 0],
];

describe("scoreNeedleAnswer", () => {
  it.each(ROWS)("%s", (_name, set, text, label, value, finish = "stop") => {
    const score = scoreNeedleAnswer(set, { text, finishReason: finish }, isRefusal);
    expect({ label: score.label, value: score.value }).toEqual({ label, value });
    expect(score.scorer).toBe("niah");
  });

  it("explains expected against found, with per-needle hits", () => {
    const score = scoreNeedleAnswer(multi, { text: "ANSWER: 7315-KQ, 9981-TX", finishReason: "stop" }, isRefusal);
    expect(score.explanation).toBe("expected 7315-KQ, 2231-PL, 9981-TX; found 7315-KQ, 9981-TX; hits 1,0,1");
    expect(score.answer).toBe("7315-KQ, 9981-TX");
    expect(needleHits(score)).toEqual([true, false, true]);
    const wrong = scoreNeedleAnswer(distractor, { text: "ANSWER: 2231-PL", finishReason: "stop" }, isRefusal);
    expect(wrong.explanation).toBe("expected 7315-KQ; found 2231-PL; hits 0; gave distractor 2231-PL");
    const none = scoreNeedleAnswer(absent, { text: "ANSWER: NOT FOUND", finishReason: "stop" }, isRefusal);
    expect(none.explanation).toBe("expected NOT FOUND; found NOT FOUND");
    expect(needleHits(none)).toBeUndefined();
  });
});

describe("niahScorer", () => {
  it("scores against the needle set recomputed for the sample's trial", async () => {
    const sets: Record<number, NeedleSet> = { 1: single, 2: { ...single, expected: ["1111-AA"] } };
    const scorer = niahScorer({ needlesFor: (input) => sets[input.trial ?? 1] as NeedleSet, isRefusal });
    const input = (trial: number): ScoreInput => ({
      item: { id: "x", input: "q", metadata: {} },
      messages: [],
      result: { text: "ANSWER: 7315-KQ", finishReason: "stop", usage: {}, latencyMs: 1 },
      trial,
    });
    expect(scorer.name).toBe("niah");
    expect((await scorer.score(input(1))).label).toBe("correct");
    expect((await scorer.score(input(2))).label).toBe("wrong_value");
  });
});
