// How far the benchmarks' answer extraction agrees with a careful reader on messy answers we wrote and labelled
// (bench/extraction/labelled-answers.ts): the option letter (MMLU-Pro, GPQA), the final number (MGSM), and the MATH
// answer with its equivalence verdict. Prints agreement with a Wilson 95% interval and every disagreement; for MATH,
// what the checker left unscored and how often it called a right answer wrong. Never fails.
// Run: npx tsx bench/extraction-agreement.ts

import { chosenLetter } from "../src/families/benchmark/answers/choice-answer.ts";
import { finalNumber, sameNumber } from "../src/families/benchmark/answers/final-number.ts";
import { mathAnswer } from "../src/families/benchmark/answers/math/boxed-answer.ts";
import { mathEquivalence } from "../src/families/benchmark/answers/math/math-equivalence.ts";
import { wilsonInterval } from "../src/stats/wilson-interval.ts";
import {
  CHOICE_CASES,
  type ChoiceCase,
  HELD_OUT_CHOICE_CASES,
  HELD_OUT_MATH_CASES,
  HELD_OUT_NUMBER_CASES,
  MATH_CASES,
  type MathCase,
  NUMBER_CASES,
  type NumberCase,
} from "./extraction/labelled-answers.ts";
import { fixed, formatTable } from "./format-table.ts";

interface Reading {
  text: string;
  reader: string;
  extracted: string;
}

const SETS: [string, ChoiceCase[], NumberCase[], MathCase[]][] = [
  ["first set (three rules fixed after it was measured)", CHOICE_CASES, NUMBER_CASES, MATH_CASES],
  ["held-out set (written after those fixes, no change since)", HELD_OUT_CHOICE_CASES, HELD_OUT_NUMBER_CASES, HELD_OUT_MATH_CASES],
];

for (const [title, choiceCases, numberCases, mathCases] of SETS) {
  const choice = choiceCases.map((c): Reading => ({ text: c.text, reader: c.chosen ?? "none", extracted: chosenLetter(c.text, c.options)?.letter ?? "none" }));
  const numbers = numberCases.map((c): Reading => {
    const found = finalNumber(c.text, c.language);
    const same = found !== undefined && c.number !== null && sameNumber(found.value, c.number);
    return { text: c.text, reader: c.number === null ? "none" : String(c.number), extracted: same ? String(c.number) : found === undefined ? "none" : String(found.value) };
  });
  const maths = mathCases.map((c): Reading => {
    const found = mathAnswer(c.text);
    return { text: c.text, reader: c.reading, extracted: found === undefined ? "no answer" : mathEquivalence(found.answer, c.expected) };
  });
  const rows = [
    row("option letter (MMLU-Pro, GPQA)", choice),
    row("final number (MGSM, 11 languages)", numbers),
    row("MATH answer and equivalence", maths),
    row("all", [...choice, ...numbers, ...maths]),
  ];
  console.log(`\n${title}\n${formatTable(["extraction", "answers", "agree", "agreement [95%]", "unscored"], rows)}`);
  const decided = maths.filter((m) => m.extracted !== "undecided");
  const rightCalledWrong = maths.filter((m) => m.reader === "equal" && m.extracted === "different").length;
  console.log(`MATH: ${maths.length - decided.length} left unscored; of ${decided.length} decided, ${decided.filter((m) => m.extracted === m.reader).length} agree; a right answer scored wrong ${rightCalledWrong} time(s)`);
  console.log("disagreements (reader vs extraction):");
  for (const reading of [...choice, ...numbers, ...maths]) {
    if (reading.extracted === reading.reader || reading.extracted === "undecided") continue;
    console.log(`  ${JSON.stringify(reading.text.length > 90 ? `${reading.text.slice(0, 87)}...` : reading.text)}: ${reading.reader} vs ${reading.extracted}`);
  }
}

function row(name: string, readings: readonly Reading[]): string[] {
  const agree = readings.filter((r) => r.extracted === r.reader).length;
  const interval = wilsonInterval(agree, readings.length);
  const unscored = readings.filter((r) => r.extracted === "undecided").length;
  return [name, String(readings.length), String(agree), `${fixed(agree / readings.length, 3)} [${fixed(interval.lower, 2)}, ${fixed(interval.upper, 2)}]`, String(unscored)];
}
