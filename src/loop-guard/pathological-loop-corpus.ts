// Degenerate answers the loop guard must stop: a normal start, then one unit repeated verbatim until the output cap.
// Each knows where its loop truly began and how long its unit is. Written for this project.

import { LEGIT_REPETITION_CORPUS, PLAIN_PROSE } from "./legit-repetition-corpus.ts";

export interface LoopSample {
  name: string;
  text: string;
  /** Where the first copy of the repeating unit starts. */
  onsetChar: number;
  /** Length of the smallest repeating unit. */
  periodChars: number;
}

/** At least this much looping text follows every onset: far more than any detector setting needs. */
const LOOP_CHARS = 12_000;

function loopAfter(name: string, prefix: string, unit: string, periodChars = unit.length): LoopSample {
  return { name, text: prefix + unit.repeat(Math.ceil(LOOP_CHARS / unit.length)), onsetChar: prefix.length, periodChars };
}

const legit = (name: string) => LEGIT_REPETITION_CORPUS.find((t) => t.name === name)?.text ?? "";

const PARAGRAPH =
  "In summary, the most important factor is the quality of the foundation. A foundation that is poorly compacted will " +
  "settle unevenly over the years, and that movement is transmitted to every element above it. This is why inspectors " +
  "begin at the bottom and work their way up, and why the cheapest repair is always the one made before the cracks appear.\n\n";

const LONG_PARAGRAPH = PLAIN_PROSE.slice(0, 1500) + "\n\n";

const COUNT_TO_44 = "Let me count the items: " + Array.from({ length: 44 }, (_, i) => `${i + 1}, `).join("");

export const PATHOLOGICAL_LOOP_CORPUS: readonly LoopSample[] = [
  loopAfter("the reason, short start", "Let me explain why the bridge failed. ", "The reason "),
  loopAfter("the reason after long prose", PLAIN_PROSE + "\n\nTo conclude: ", "The reason "),
  loopAfter("one sentence repeated", PLAIN_PROSE.slice(0, 700) + "\n\n", "The answer is 42 because the question was well posed. "),
  loopAfter("paragraph repeated", PLAIN_PROSE + "\n\n", PARAGRAPH),
  loopAfter("long paragraph repeated", "Here is the full text you asked for.\n\n", LONG_PARAGRAPH),
  loopAfter("two-sentence cycle", "Is the bridge safe? ", "I think it is. But I cannot be sure. "),
  loopAfter("apology forever", "I can't help with that request. ", "I'm sorry. "),
  loopAfter("counting stuck on one number", COUNT_TO_44, "45, "),
  loopAfter("list item repeated verbatim", legit("fifty bullets with the same first word") + "\n", "- Remember to stretch before task 51.\n"),
  loopAfter("table row repeated", legit("markdown table of planets") + "\n", "| Pluto | 5 | no | 6.4 d |\n"),
  loopAfter("code line repeated", "function total(items) {\n  let result = 0;\n", "  result += items[0].price;\n"),
  loopAfter("JSON object repeated", '[\n  {"id": 1, "name": "Ana"},\n  {"id": 2, "name": "Ben"},\n', '  {"id": 3, "name": "Carla"},\n'),
  loopAfter("chorus without end", legit("song with a chorus between verses and twice at the end") + "\n", "Row, row, row through the long dark night,\n"),
  loopAfter("rule that never ends", "Results\n", "="),
  loopAfter("blank lines without end", PLAIN_PROSE.slice(0, 400), "\n"),
  loopAfter("Spanish apology", "No puedo responder a eso con certeza. ", "Lo siento, no puedo ayudar con eso. "),
  loopAfter("emoji flood", "Great job on the exam! ", "😂", 2),
];
