// The final answer of a worked maths solution: the content of the last \boxed{...} (or \fbox), braces matched, as
// MATH's graders read it; failing that, an unboxed "final answer is X" or "Answer: X" line.

export interface MathAnswer {
  answer: string;
  rule: "boxed" | "answer line";
}

const BOX = /\\(?:boxed|fbox)\s*(\{|\s)/gu;
/** "Final Answer: The final answer is $x$": the phrase may repeat inside the line. */
const LEADING_PHRASE = /^(?:(?:the\s+)?(?:final\s+)?answer(?:\s+is)?\s*[:：]?\s*)+/iu;
const ANSWER_LINE = /(?:final answer(?: is)?|the answer is|answer)\s*[:：]?\s*(.+)$/gimu;

export function mathAnswer(text: string): MathAnswer | undefined {
  let boxed: string | undefined;
  for (const match of text.matchAll(BOX)) {
    const start = (match.index ?? 0) + match[0].length;
    const content = match[1] === "{" ? braced(text, start) : /^\S+/u.exec(text.slice(start))?.[0].replace(/[$.]+$/u, "");
    if (content !== undefined && content.trim() !== "") boxed = content.trim();
  }
  if (boxed !== undefined) return { answer: boxed, rule: "boxed" };
  let line: string | undefined;
  for (const match of text.matchAll(ANSWER_LINE)) line = match[1];
  const cleaned = line
    ?.replace(LEADING_PHRASE, "")
    .replace(/\.?\s*I hope it is correct\.?$/iu, "")
    .trim()
    .replace(/^\$+|\$+\.?$/gu, "")
    .replace(/\.$/u, "")
    .trim();
  return cleaned ? { answer: cleaned, rule: "answer line" } : undefined;
}

/** Text from `start` up to the brace that closes the one just before it; undefined when it never closes. */
function braced(text: string, start: number): string | undefined {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return text.slice(start, i);
  }
  return undefined;
}
