// MGSM's eleven languages: the word our prompt asks the answer line to start with, how numbers are written, and our
// instruction (0-shot, in the problem's own language, asking for reasoning and then "ANSWER-WORD: N").

export const MGSM_LANGUAGES = ["en", "es", "fr", "de", "ru", "zh", "ja", "th", "sw", "bn", "te"] as const;
export type MgsmLanguage = (typeof MGSM_LANGUAGES)[number];

export interface MgsmLanguageSpec {
  answerWord: string;
  /** 1.250 is one thousand two hundred and fifty; 3,5 is three and a half. */
  decimalComma: boolean;
  instruction: string;
}

export const MGSM_LANGUAGE_SPECS: Record<MgsmLanguage, MgsmLanguageSpec> = {
  en: { answerWord: "Answer", decimalComma: false, instruction: 'Solve this problem. Think step by step, then give the final answer on the last line as "Answer: N", where N is the number alone.' },
  es: { answerWord: "Respuesta", decimalComma: true, instruction: "Resuelve este problema. Razona paso a paso y da la respuesta final en la última línea como «Respuesta: N», donde N es solo el número." },
  fr: { answerWord: "Réponse", decimalComma: true, instruction: "Résous ce problème. Raisonne étape par étape, puis donne la réponse finale sur la dernière ligne sous la forme « Réponse : N », où N est le nombre seul." },
  de: { answerWord: "Antwort", decimalComma: true, instruction: "Löse diese Aufgabe. Denke Schritt für Schritt und gib die endgültige Antwort in der letzten Zeile als „Antwort: N“ an, wobei N nur die Zahl ist." },
  ru: { answerWord: "Ответ", decimalComma: true, instruction: "Реши эту задачу. Рассуждай шаг за шагом, затем дай окончательный ответ в последней строке в виде «Ответ: N», где N — только число." },
  zh: { answerWord: "答案", decimalComma: false, instruction: "请解这道题。一步一步推理，然后在最后一行以“答案：N”的形式给出最终答案，其中 N 只是数字。" },
  ja: { answerWord: "答え", decimalComma: false, instruction: "この問題を解いてください。段階的に考え、最後の行に「答え：N」の形で最終的な答えを書いてください。N は数字だけです。" },
  th: { answerWord: "คำตอบ", decimalComma: false, instruction: 'จงแก้โจทย์นี้ คิดทีละขั้นตอน แล้วเขียนคำตอบสุดท้ายในบรรทัดสุดท้ายในรูปแบบ "คำตอบ: N" โดยที่ N เป็นตัวเลขเท่านั้น' },
  sw: { answerWord: "Jibu", decimalComma: false, instruction: 'Tatua tatizo hili. Fikiri hatua kwa hatua, kisha toa jibu la mwisho kwenye mstari wa mwisho kama "Jibu: N", ambapo N ni nambari pekee.' },
  bn: { answerWord: "উত্তর", decimalComma: false, instruction: 'এই সমস্যাটির সমাধান করো। ধাপে ধাপে চিন্তা করো, তারপর শেষ লাইনে "উত্তর: N" আকারে চূড়ান্ত উত্তর দাও, যেখানে N শুধু সংখ্যাটি।' },
  te: { answerWord: "సమాధానం", decimalComma: false, instruction: 'ఈ సమస్యను పరిష్కరించండి. దశలవారీగా ఆలోచించి, చివరి పంక్తిలో "సమాధానం: N" రూపంలో తుది సమాధానం ఇవ్వండి, ఇక్కడ N కేవలం సంఖ్య మాత్రమే.' },
};

export function isMgsmLanguage(value: string): value is MgsmLanguage {
  return (MGSM_LANGUAGES as readonly string[]).includes(value);
}
