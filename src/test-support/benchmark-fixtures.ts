// Small stand-ins for the four benchmarks, written by the tests in each one's real format and layout (MMLU-Pro as
// Parquet, GPQA Diamond as a gated CSV, MGSM as header-less TSVs, MATH-500 as JSON Lines), with the answer key a
// simulated model needs to answer them. Our own questions: no benchmark data is shipped or copied.

import { parquetWriteBuffer } from "hyparquet-writer";
import type { AnswerKeyEntry } from "../simulator/answer-key.ts";
import { fakeCommit, type FakeRepo } from "./fake-hub.ts";

export const FIXTURE_GPQA_TOKEN = "hf_fixture_token";
export const FIXTURE_SUBJECTS = ["law", "math", "history", "biology"] as const;
export const FIXTURE_LANGUAGES = ["en", "es", "fr", "de", "ru", "zh", "ja", "th", "sw", "bn", "te"] as const;

export interface BenchmarkFixtures {
  repos: Record<string, FakeRepo>;
  answerKey: AnswerKeyEntry[];
}

const encode = (text: string) => new TextEncoder().encode(text);

export function benchmarkFixtures(perSubject = 25): BenchmarkFixtures {
  const answerKey: AnswerKeyEntry[] = [];
  return {
    repos: {
      "TIGER-Lab/MMLU-Pro": { commit: fakeCommit("mmlu-pro"), files: { "data/test-00000-of-00001.parquet": mmluPro(perSubject, answerKey) } },
      "Idavidrein/gpqa": { commit: fakeCommit("gpqa"), token: FIXTURE_GPQA_TOKEN, files: { "gpqa_diamond.csv": gpqa(answerKey) } },
      "juletxara/mgsm": { commit: fakeCommit("mgsm"), files: mgsm(answerKey) },
      "HuggingFaceH4/MATH-500": { commit: fakeCommit("math-500"), files: { "test.jsonl": math(answerKey) } },
    },
    answerKey,
  };
}

function mmluPro(perSubject: number, key: AnswerKeyEntry[]): Uint8Array {
  const rows = FIXTURE_SUBJECTS.flatMap((subject, s) =>
    Array.from({ length: perSubject }, (_, i) => {
      const question = `Fixture ${subject} #${i + 1}: which label did the examiner mark as right?`;
      const options = Array.from({ length: 10 }, (_, k) => `${subject} label ${i + 1}.${k}`);
      const index = (i * 7 + s * 3) % 10;
      key.push({ question: `Fixture ${subject} #${i + 1}:`, answer: options[index] as string, subject });
      return { id: s * 1000 + i, question, options, answer: String.fromCharCode(65 + index), index, subject };
    }),
  );
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: "question_id", data: rows.map((r) => BigInt(r.id)), type: "INT64" },
      { name: "question", data: rows.map((r) => r.question), type: "STRING" },
      { name: "options", data: rows.map((r) => r.options) },
      { name: "answer", data: rows.map((r) => r.answer), type: "STRING" },
      { name: "answer_index", data: rows.map((r) => r.index), type: "INT32" },
      { name: "cot_content", data: rows.map(() => ""), type: "STRING" },
      { name: "category", data: rows.map((r) => r.subject), type: "STRING" },
      { name: "src", data: rows.map((r) => `fixture-${r.subject}`), type: "STRING" },
    ],
  });
  return new Uint8Array(bytes);
}

function gpqa(key: AnswerKeyEntry[]): Uint8Array {
  const quote = (text: string) => `"${text.replace(/"/gu, '""')}"`;
  const header = ["Question", "Correct Answer", "Incorrect Answer 1", "Incorrect Answer 2", "Incorrect Answer 3", "Explanation", "Record ID", "High-level domain", "Subdomain"];
  const lines = ["Physics", "Chemistry", "Biology"].flatMap((domain) =>
    Array.from({ length: 12 }, (_, i) => {
      const question = `Fixture ${domain} problem ${i + 1}: which value did the\nlab "record" first?`;
      const correct = `${domain} value ${i + 1} (recorded)`;
      key.push({ question: `Fixture ${domain} problem ${i + 1}:`, answer: correct, subject: domain });
      const wrong = [1, 2, 3].map((k) => `${domain} value ${i + 1}.${k}`);
      return [question, correct, ...wrong, "Because, by construction, it is.", `rec${domain.slice(0, 3)}${i + 1}`, domain, `${domain} fixtures`].map(quote).join(",");
    }),
  );
  return encode(`${header.join(",")}\n${lines.join("\n")}\n`);
}

const STORY: Partial<Record<(typeof FIXTURE_LANGUAGES)[number], (a: number, b: number) => string>> = {
  en: (a, b) => `Ana has ${a} apples and buys ${b} more. How many apples does she have now?`,
  es: (a, b) => `Ana tiene ${a} manzanas y compra ${b} más. ¿Cuántas manzanas tiene ahora?`,
  ja: (a, b) => `アナはりんごを${a}個持っていて、さらに${b}個買います。りんごは全部で何個ですか？`,
};

function mgsm(key: AnswerKeyEntry[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const language of FIXTURE_LANGUAGES) {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const [a, b] = [17 + i * 3, 250 + i * 41];
      const question = `[${language} ${i + 1}] ${(STORY[language] ?? ((x: number, y: number) => `${x} + ${y} = ?`))(a, b)}`;
      key.push({ question: `[${language} ${i + 1}]`, answer: String(a + b), subject: language });
      return `${question}\t${a + b}`;
    });
    files[`mgsm_${language}.tsv`] = encode(`${rows.join("\n")}\n`);
  }
  return files;
}

/** Expected answers in MATH's forms, and the equivalent forms the simulated model writes in its box. */
const MATH: [subject: string, expected: string, written: string][] = [
  ["Algebra", "\\frac{1}{2}", "0.5"],
  ["Algebra", "x^2+2x+1", "(x+1)^2"],
  ["Algebra", "[1, 3)", "[1,3)"],
  ["Geometry", "2\\sqrt{2}", "\\sqrt{8}"],
  ["Geometry", "12", "12\\text{ cm}"],
  ["Geometry", "30^\\circ", "30"],
  ["Number Theory", "42", "42"],
  ["Number Theory", "\\{2, 3\\}", "\\{3, 2\\}"],
  ["Number Theory", "7", "7"],
  ["Precalculus", "\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\frac{\\pi}{2})"],
  ["Precalculus", "\\frac{\\sqrt{3}}{2}", "\\sin 60^\\circ"],
  ["Precalculus", "-\\frac{5}{4}", "-1.25"],
];

function math(key: AnswerKeyEntry[]): Uint8Array {
  const lines = MATH.map(([subject, expected, written], i) => {
    key.push({ question: `Fixture maths problem ${i + 1}:`, answer: written, subject });
    return JSON.stringify({ problem: `Fixture maths problem ${i + 1}: find the value.`, solution: "By construction.", answer: expected, subject, level: 1 + (i % 5), unique_id: `test/fixture/${i + 1}.json` });
  });
  return encode(`${lines.join("\n")}\n`);
}
