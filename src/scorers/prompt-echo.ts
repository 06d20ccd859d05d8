// No grader scores the prompt's own words: a reply made only of text the prompt already holds (its instructions, its
// answer-format line, its question, a stretch of it copied whole) answers nothing, so a parser would be reading the
// prompt: "...end your reply with one final line" must not become the answer 1. Quoting a sentence of a document the
// prompt holds (the needle a long-context test hid) is an answer, and so is giving one of the item's choices.

import type { ChatMessage } from "../core/messages.ts";

/** A whole sentence of the prompt's instructions counts as an echo from this many words ("Paris" is an answer). */
const INSTRUCTION_WORDS = 4;

/** A sentence or line; a stop inside "34.5" or "U.S." does not end one. */
/** How far back from the end of the prompt its instructions are looked for. */
const INSTRUCTIONS_TAIL = 4000;
const UNIT = /(?:[^\n.!?]|[.!?](?=[^\s.!?]))+[.!?]*/gu;
const PARAGRAPH = /\n\s*\n/u;
const PLACEHOLDER = /<[^<>\n]{1,40}>/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Why the reply is only an echo of the prompt, or undefined when it says anything of its own. */
export function promptEcho(reply: string, messages: readonly ChatMessage[], choices: readonly string[] = []): string | undefined {
  const asked = messages.filter((message) => message.role !== "assistant").map((message) => message.content);
  if (asked.length === 0) return undefined;
  const units = unitsOf(reply);
  if (units.length === 0) return undefined;
  const prompt = normalize(asked.join("\n"));
  if (!units.every((unit) => prompt.includes(unit))) return undefined;
  const words = units.reduce((sum, unit) => sum + (unit.match(WORD)?.length ?? 0), 0);
  const echo = `the reply only repeats the prompt (${words} word${words === 1 ? "" : "s"} of it, nothing of its own)`;
  // A stretch of the prompt copied whole (all of it, or its opening, or its last paragraph) or a template line.
  if (units.some((unit) => PLACEHOLDER.test(unit))) return echo;
  if (units.length > 1 && prompt.includes(units.join(" "))) return echo;
  if (units.length > 1) return undefined;
  // One sentence: an echo when it is the question or an instruction (the last paragraph), not a choice or a quote.
  const [unit] = units as [string];
  if (choices.some((choice) => new RegExp(`^(?:[a-z][).:]\\s*)?${escape(normalize(choice))}[.!]?$`, "u").test(unit))) return undefined;
  const last = asked.at(-1) ?? "";
  if (unit === normalize(last)) return echo;
  // Instructions sit in the last paragraph, near its end; a long-context prompt's document is not read again.
  const instructions = unitsOf((last.split(PARAGRAPH).at(-1) ?? "").slice(-INSTRUCTIONS_TAIL));
  if (instructions.includes(unit) && (words >= INSTRUCTION_WORDS || unit.endsWith("?"))) return echo;
  if (unit.endsWith("?") && asked.some((text) => unitsOf(text).includes(unit))) return echo;
  return undefined;
}

function unitsOf(text: string): string[] {
  return [...text.matchAll(UNIT)].map((m) => normalize(m[0])).filter((unit) => /[\p{L}\p{N}]/u.test(unit));
}

/** Case, markdown emphasis and spacing never make a copy original. */
function normalize(text: string): string {
  // Only runs of two or more, or a tab or newline, are replaced: a million single spaces stay as they are, fast.
  return text.toLowerCase().replace(/[*_`#|]/g, "").replace(/\s{2,}|[^\S ]/gu, " ").trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
