// The prompts shared by the multiple-choice benchmarks: our own wording of the reference protocol (0-shot; reason
// step by step, then "The answer is (X)"), or a direct answer in the same format.

import { choiceLetter } from "../../scorers/extract-choice.ts";

export function multipleChoicePrompt(question: string, options: readonly string[], cot: boolean, subject?: string): string {
  const about = subject ? ` about ${subject}` : "";
  const instruction = cot
    ? `The following is a multiple-choice question${about}. Think it through step by step, then finish with the line "The answer is (X)", where X is the letter of the correct option.`
    : `The following is a multiple-choice question${about}. Reply with only the line "The answer is (X)", where X is the letter of the correct option.`;
  const lettered = options.map((option, index) => `${choiceLetter(index)}. ${option}`).join("\n");
  return `${instruction}\n\nQuestion: ${question.trim()}\nOptions:\n${lettered}`;
}
