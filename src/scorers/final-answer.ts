// Finds the strict, machine-readable final answer ("ANSWER: B", "Final answer: 42", \boxed{42}) that prompts ask for.
// Every match scorer decides on it when it is present, and on the whole response only when it is not.

/** Labels accepted at the start of a line before a colon, in the languages the built-in batteries use. */
export const FINAL_ANSWER_LABELS: readonly string[] = [
  "final answer",
  "answer",
  "respuesta final",
  "respuesta",
  "réponse finale",
  "réponse",
  "endgültige antwort",
  "antwort",
  "resposta final",
  "resposta",
  "risposta finale",
  "risposta",
  "最终答案",
  "答案",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Optional list, quote or heading marker, optional bold around the label, then a colon (ASCII or full-width).
const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-*>#]+[ \t]+)*(?:\*\*|__)?[ \t]*(?:${FINAL_ANSWER_LABELS.map(escapeRegExp).join("|")})[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?(.*)$`,
  "gimu",
);

/** The text of the last final-answer line (or, failing that, the last \boxed{…}), or undefined when there is none. */
export function findFinalAnswer(text: string): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(LABEL_LINE)) last = match;
  if (last) {
    const value = cleanValue(last[1] ?? "");
    if (value) return value;
    // "Final answer:" alone on its line, the answer on the next non-empty one.
    const next = text.slice((last.index ?? 0) + last[0].length).split("\n").find((line) => line.trim() !== "");
    const nextValue = next === undefined ? "" : cleanValue(next);
    return nextValue || undefined;
  }
  return lastBoxed(text);
}

/** What a scorer should judge: the final answer when the response has one, else the whole response. */
export function answerCandidate(text: string): { text: string; fromFinalAnswer: boolean } {
  const final = findFinalAnswer(text);
  return final === undefined ? { text: text.trim(), fromFinalAnswer: false } : { text: final, fromFinalAnswer: true };
}

function cleanValue(value: string): string {
  return value.replace(/^(?:\s|\*\*|__)+|(?:\s|\*\*|__)+$/gu, "");
}

function lastBoxed(text: string): string | undefined {
  const start = text.lastIndexOf("\\boxed{");
  if (start < 0) return undefined;
  let depth = 0;
  const open = start + "\\boxed".length;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i).trim() || undefined;
  }
  return undefined;
}
