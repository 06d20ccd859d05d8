// Scripted answers: ordered rules of regex + reply template, and the built-in solvers rules can call.
// A solver that finds nothing to answer passes to the next rule, so rules compose like a fallback chain.

import type { CompiledRule, SolverName } from "./compile-profile.ts";
import { assistAnswer } from "./assist-solver.ts";
import { composeAnswer } from "./compose-solver.ts";
import { refuseHarmful } from "./harm-check.ts";
import { betterAnswer, rubricGrade } from "./judge-solvers.ts";
import { longerAnswer } from "./longer-answer-solver.ts";
import { mysteryAnswer } from "./mystery-solver.ts";
import { recallAnswer } from "./recall-solver.ts";
import { riddleAnswer } from "./riddle-solver.ts";
import type { SimulatedMessage } from "./prompt-tokens.ts";

export interface RuleAnswer {
  text: string;
  /** False when the fallback answered: only rule answers are subject to `accuracy`. */
  fromRule: boolean;
}

/** The first rule that answers the last user message (messages[lastUser]), else the fallback. */
export function answerFromRules(
  rules: readonly CompiledRule[],
  fallback: string,
  messages: readonly SimulatedMessage[],
  lastUser: number,
): RuleAnswer {
  const question = messages[lastUser]?.content ?? "";
  for (const rule of rules) {
    let captures: RegExpExecArray | null = null;
    if (rule.match) {
      captures = rule.match.exec(question);
      if (!captures) continue;
    }
    if (rule.solve === undefined) return { text: fillTemplate(rule.reply ?? "", captures, ""), fromRule: true };
    const answer = solve(rule.solve, messages, lastUser, question);
    if (answer === undefined) continue;
    const reply = rule.reply ?? (rule.solve === "arithmetic" ? "ANSWER: $answer" : rule.solve === "longer-answer" ? "WINNER: $answer" : "$answer");
    return { text: fillTemplate(reply, captures, answer), fromRule: true };
  }
  return { text: fallback, fromRule: false };
}

function fillTemplate(template: string, captures: RegExpExecArray | null, answer: string): string {
  if (!template.includes("$")) return template;
  return template.replace(/\$(answer|[1-9])/g, (_all, name: string) => (name === "answer" ? answer : (captures?.[Number(name)] ?? "")));
}

function solve(solver: SolverName, messages: readonly SimulatedMessage[], lastUser: number, question: string): string | undefined {
  switch (solver) {
    case "arithmetic":
      return solveArithmetic(question);
    case "echo":
      return question;
    case "instruction":
      return solveInstruction(question);
    case "recall":
      return recallAnswer(messages, lastUser);
    case "longer-answer":
      return longerAnswer(question);
    case "compose":
      return composeAnswer(question, messages.slice(0, lastUser + 1).map((m) => m.content).join("\n"));
    case "riddle":
      return riddleAnswer(question);
    case "mystery":
      return mysteryAnswer(question);
    case "refuse-harmful":
      return refuseHarmful(question);
    case "assist":
      return assistAnswer(question);
    case "better-answer":
      return betterAnswer(question);
    case "rubric-grade":
      return rubricGrade(messages.filter((m) => m.role === "system").map((m) => m.content).join("\n"), question);
  }
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
const OPERATORS: Record<string, string> = {
  "+": "+", plus: "+", más: "+", mas: "+", und: "+", più: "+", mais: "+",
  "-": "-", "−": "-", minus: "-", menos: "-", moins: "-", meno: "-",
  "*": "*", "×": "*", x: "*", times: "*", "multiplied by": "*", por: "*", fois: "*", mal: "*", vezes: "*",
  "/": "/", "÷": "/", "divided by": "/", "dividido por": "/", "divisé par": "/", "geteilt durch": "/", "diviso per": "/",
};
const OPERATOR_SOURCE = Object.keys(OPERATORS)
  .sort((a, b) => b.length - a.length)
  .map((op) => op.replace(/[+*]/g, "\\$&"))
  .join("|");
const ARITHMETIC = new RegExp(`${NUMBER}\\s*(${OPERATOR_SOURCE})\\s*${NUMBER}`, "iu");

/** The first "a <op> b" in the text (symbols or words in the six supported languages), computed. */
export function solveArithmetic(text: string): string | undefined {
  const found = ARITHMETIC.exec(text);
  if (!found) return undefined;
  const a = Number(found[1]);
  const b = Number(found[3]);
  const op = OPERATORS[(found[2] ?? "").toLowerCase()];
  let result: number;
  if (op === "+") result = a + b;
  else if (op === "-") result = a - b;
  else if (op === "*") result = a * b;
  else if (b !== 0) result = a / b;
  else return undefined;
  return Number.isInteger(result) ? String(result) : String(Number(result.toFixed(6)));
}

// No `u` flag: these run over whole prompts, and unicode-aware case folding makes them ~20x slower.
const INSTRUCTIONS = [
  /\b(?:reply|respond|answer)\s+with\s+exactly\s*:?\s*([^\n]+)/i,
  /\b(?:reply|respond|answer)\s+with\s+(?:only\s+|just\s+)?the\s+(?:single\s+)?(?:word|number|letter|phrase)\s*:?\s*([^\s.!?,;:][^\n]*)/i,
  /\b(?:reply|respond|answer)\s+(?:with\s+)?(?:only\s+|just\s+)?(["“][^"”\n]+["”])/i,
];

/** "Reply with exactly: X", "Answer with the word X", "Respond with "X"" -> X. */
export function solveInstruction(text: string): string | undefined {
  for (const pattern of INSTRUCTIONS) {
    const found = pattern.exec(text);
    if (!found?.[1]) continue;
    const answer = cleanInstructed(found[1]);
    if (answer) return answer;
  }
  return undefined;
}

function cleanInstructed(raw: string): string {
  const text = raw.trim();
  const quoted = /^["“'](.+?)["”']/u.exec(text);
  if (quoted?.[1]) return quoted[1];
  return text
    .replace(/\s+(?:and|with)\s+nothing\s+else.*$/iu, "")
    .replace(/[.!]+$/u, "")
    .trim();
}
