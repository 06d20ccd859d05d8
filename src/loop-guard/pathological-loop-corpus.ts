// Degenerate answers the loop guard must stop: a normal start, then one unit repeated (verbatim, with a counter, or in
// other words) until the output cap. Each knows its kind, where its loop truly began and how long its unit is. Written
// for this project; the benchmark (bench/loop-guard.ts) has its own, larger set.

import { seededRandom } from "../core/random.ts";
import type { LoopKind } from "./loop-verdict.ts";
import { LEGIT_REPETITION_CORPUS, MORE_PROSE, PLAIN_PROSE } from "./legit-repetition-corpus.ts";

export interface LoopSample {
  name: string;
  kind: LoopKind;
  text: string;
  /** Where the first copy of the repeating unit starts. */
  onsetChar: number;
  /** Length of the smallest repeating unit (its first copy). */
  periodChars: number;
}

/** At least this much looping text follows every onset: far more than any detector setting needs. */
const LOOP_CHARS = 12_000;

function loopAfter(name: string, prefix: string, unit: string, periodChars = unit.length): LoopSample {
  return { name, kind: "exact", text: prefix + unit.repeat(Math.ceil(Math.max(LOOP_CHARS, 3 * unit.length) / unit.length)), onsetChar: prefix.length, periodChars };
}

/** A unit that changes from copy to copy: `copy(i)` is the i-th. */
function varyingLoop(name: string, kind: LoopKind, prefix: string, copy: (i: number) => string): LoopSample {
  let text = prefix;
  for (let i = 0; text.length < prefix.length + LOOP_CHARS; i++) text += copy(i);
  return { name, kind, text, onsetChar: prefix.length, periodChars: copy(0).length };
}

/** `[a|b|c]` takes one of its words per copy, at random (seeded): a loop that rewords itself is not periodic. */
function reworded(template: string, seed: number): (i: number) => string {
  const random = seededRandom(seed);
  return () => template.replace(/\[([^\]]+)\]/g, (_all, options: string) => {
    const words = options.split("|");
    return words[Math.floor(random() * words.length)]!;
  });
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
  loopAfter("Chinese sentence", "我来回答这个问题。", "这个问题我需要再想一想。"),
  loopAfter("4,000-character paragraph repeated", "As requested, the full text:\n\n", `${PLAIN_PROSE}\n\n${MORE_PROSE}\n\n`),
  varyingLoop("sentence with an attempt counter", "counter", `${PLAIN_PROSE.slice(0, 400)}\n\n`, (i) => `The upload did not finish, so I am sending the whole file to the server again now (attempt ${i + 2}). `),
  varyingLoop("status list with a counter", "counter", "Waiting for the build:\n", (i) => `- Check ${i + 1}: the build is still running, I will look again in one minute.\n`),
  varyingLoop("sentence said again in other words", "near", `${PLAIN_PROSE.slice(0, 400)}\n\n`, reworded("The [main|key|chief] [issue|problem|difficulty] is that the [report|summary] [shows|indicates|suggests] a [large|huge|big] gap between the two regions. ", 11)),
  varyingLoop("Spanish sentence said again in other words", "near", "Resumen:\n", reworded("El [problema|asunto] [principal|central] es que el informe [muestra|indica|revela] una diferencia [grande|enorme] entre las dos regiones del norte. ", 12)),
];
