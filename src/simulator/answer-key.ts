// The benchmark-aware part of a simulated model: questions it "knows" (a fragment of each, its correct answer and
// its subject or language), answered in the format the benchmark's prompt asks for (a reasoned "The answer is (X)"
// for lettered options, a \boxed{} answer, or an "Answer: N" line in the question's language), right with the
// profile's accuracy less the subject's penalty. Same request, same answer.

export interface AnswerKeyEntry {
  /** A fragment that occurs in exactly one question. */
  question: string;
  /** The correct option's text, number or maths answer. */
  answer: string;
  subject?: string;
}

export interface CompiledAnswerKey {
  entries: AnswerKeyEntry[];
  /** Accuracy points lost on questions of a subject (a "broken" deployment). */
  penalty: Record<string, number>;
}

const OPTION_LINE = /^\(?([A-Z])[.)]\s+(.*)$/gmu;
const ANSWER_WORDS: Record<string, string> = { en: "Answer", es: "Respuesta", fr: "Réponse", de: "Antwort", ru: "Ответ", zh: "答案", ja: "答え", th: "คำตอบ", sw: "Jibu", bn: "উত্তর", te: "సమాధానం" };

export function findEntry(key: CompiledAnswerKey, question: string): AnswerKeyEntry | undefined {
  return key.entries.find((entry) => question.includes(entry.question));
}

/** `draw` is the request's uniform draw in [0, 1); `hash` picks the wrong answer when it is wrong. */
export function answerKeyReply(key: CompiledAnswerKey, entry: AnswerKeyEntry, question: string, accuracy: number, draw: number, hash: number): string {
  const right = draw < accuracy - (key.penalty[entry.subject ?? ""] ?? 0);
  const options = [...question.matchAll(OPTION_LINE)].map((match) => ({ letter: match[1] as string, text: (match[2] as string).trim() }));
  const correct = options.find((option) => option.text === entry.answer.trim());
  if (correct) {
    const others = options.filter((option) => option !== correct);
    const decoy = others[hash % Math.max(1, others.length)] ?? correct;
    const chosen = right ? correct : decoy;
    return `Let me weigh the options. (${decoy.letter}) looks plausible at first, but it does not fit every condition. Checking the rest again, the answer is (${chosen.letter}).`;
  }
  const value = right ? entry.answer : wrongValue(entry.answer, hash);
  if (question.includes("\\boxed")) return `Working through it step by step gives the result.\n\nThe final answer is $\\boxed{${value}}$.`;
  return `Step by step, the quantities in the problem combine to the total.\n${ANSWER_WORDS[entry.subject ?? ""] ?? "Answer"}: ${value}`;
}

function wrongValue(answer: string, hash: number): string {
  const number = Number(answer);
  return Number.isFinite(number) ? String(number + 1 + (hash % 3)) : `${answer}+${1 + (hash % 3)}`;
}
