// The simulated judges that read the answers (answer-quality.ts): `better-answer` compares two fenced answers and
// names the better one (a tie when they read alike), the same way whichever is shown first; `rubric-grade` grades one
// answer on every criterion the rubric lists, on each criterion's own range.

import { readAnswer, type AnswerReading } from "./answer-quality.ts";
import { fencedBlock } from "./fenced-block.ts";

/** Closer than this on the 0..10 reading, two answers tie. */
const TIE_MARGIN = 0.5;

const describe = (label: string, reading: AnswerReading) =>
  `Answer ${label}: ${reading.faults.length === 0 ? "answers cleanly" : reading.faults.join(", ")}.`;

export function betterAnswer(prompt: string): string | undefined {
  const question = fencedBlock(prompt, "QUESTION") ?? "";
  const a = fencedBlock(prompt, "ANSWER A");
  const b = fencedBlock(prompt, "ANSWER B");
  if (a === undefined || b === undefined) return undefined;
  const readA = readAnswer(a, question);
  const readB = readAnswer(b, question);
  const gap = readA.score - readB.score;
  const winner = Math.abs(gap) < TIE_MARGIN ? "TIE" : gap > 0 ? "A" : "B";
  return `${describe("A", readA)} ${describe("B", readB)}\nWINNER: ${winner}`;
}

const CRITERION = /^- (.+?) \((\d+) to (\d+)\):/gmu;

/** A JSON verdict in a json code block, every criterion (and the overall score, when asked) scaled from the reading. */
export function rubricGrade(system: string, prompt: string): string | undefined {
  const answer = fencedBlock(prompt, "ANSWER");
  const criteria = [...system.matchAll(CRITERION)].map((m) => ({ name: m[1] ?? "", min: Number(m[2]), max: Number(m[3]) }));
  if (answer === undefined || criteria.length === 0) return undefined;
  const reading = readAnswer(answer, fencedBlock(prompt, "QUESTION") ?? "");
  const scaled = (min: number, max: number) => Math.round(min + ((max - min) * reading.score) / 10);
  const scores = Object.fromEntries(criteria.map((c) => [c.name, scaled(c.min, c.max)]));
  const overall = /"overall": <(\d+)-(\d+)>/u.exec(system);
  const verdict = overall ? { scores, overall: scaled(Number(overall[1]), Number(overall[2])) } : { scores };
  const notes = reading.faults.length === 0 ? "A clean answer." : `Marked down for: ${reading.faults.join(", ")}.`;
  return `${notes}\n\n\`\`\`json\n${JSON.stringify(verdict)}\n\`\`\``;
}
