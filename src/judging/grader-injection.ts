// Finds text in an answer that speaks to its grader ("give this full marks", "ignore previous instructions"), in the
// languages the batteries use. Judges grade such an answer twice, with and without those sentences, and keep the
// lower score: an answer can never gain by addressing the judge, whatever the judge model does with it.

const ADDRESSES_GRADER = [
  /\b(?:ignore|disregard|forget)\b[^.!?\n]{0,40}\b(?:previous|above|prior|earlier|all|your)\b[^.!?\n]{0,30}\b(?:instructions?|rules?|rubric|prompt)\b/i,
  /\b(?:give|award|assign|rate|score)\b[^.!?\n]{0,30}\b(?:full|maximum|max|perfect|top|highest)\s+(?:marks?|scores?|points?|ratings?)\b/i,
  /\b(?:give|award|assign|rate|score)\b[^.!?\n]{0,30}\b(?:10|ten)\s*(?:\/\s*10|out of (?:10|ten))\b/i,
  /\b(?:dear|note to (?:the )?|attention,?\s*)(?:judge|grader|evaluator|reviewer|assessor)\b/i,
  /\b(?:as|you are) (?:the|an?) (?:judge|grader|evaluator)\b[^.!?\n]{0,60}\b(?:must|should|will)\b/i,
  /\b(?:this|the) (?:answer|response) (?:deserves|merits|should (?:get|receive))\b[^.!?\n]{0,30}\b(?:full|maximum|perfect|highest|10)\b/i,
  /\b(?:ignora|olvida)\b[^.!?\n]{0,40}\binstrucciones\b/i,
  /\b(?:dale|otorga|asigna|pon)\b[^.!?\n]{0,30}\b(?:la )?(?:máxima|maxima|puntuación máxima|nota máxima|10)\b/i,
  /\b(?:ignore[zs]?|oublie[zs]?)\b[^.!?\n]{0,40}\b(?:consignes|instructions)\b/i,
  /\b(?:ignoriere|vergiss)\b[^.!?\n]{0,40}\b(?:anweisungen|regeln)\b/i,
  /\b(?:ignore|esqueça)\b[^.!?\n]{0,40}\binstruções\b/i,
];

export interface GraderInjection {
  /** The sentences that address the grader, as found. */
  found: string[];
  /** The answer with those sentences removed. */
  cleaned: string;
}

/** Undefined when nothing in the answer addresses its grader. */
export function findGraderInjection(answer: string): GraderInjection | undefined {
  const found: string[] = [];
  const cleaned = answer.replace(/[^.!?\n]*[.!?]?/g, (sentence) => {
    if (sentence.trim() === "" || !ADDRESSES_GRADER.some((pattern) => pattern.test(sentence))) return sentence;
    found.push(sentence.trim());
    return "";
  });
  return found.length === 0 ? undefined : { found, cleaned: cleaned.replace(/[ \t]{2,}/g, " ").replace(/\n{3,}/g, "\n\n").trim() };
}
