// Messy benchmark answers written by us, each labelled by hand with what a careful reader takes it to answer, for
// measuring the answer extraction (bench/extraction-agreement.ts). Written and labelled before the extractors were
// run on them, and apart from the unit tests' cases, so agreement here is not agreement with the cases the rules
// were built on. No benchmark's questions or any model's real output: our own text, so it may ship.

import type { MgsmLanguage } from "../../src/families/benchmark/answers/mgsm-languages.ts";

/** A multiple-choice answer and the option a reader takes it to choose (null: it chooses none). */
export interface ChoiceCase {
  text: string;
  options: number;
  chosen: string | null;
}

/** An MGSM answer and the final number a reader takes it to give (null: it gives none). */
export interface NumberCase {
  text: string;
  language: MgsmLanguage;
  number: number | null;
}

/** A MATH answer, the expected answer, and whether a reader takes the answer given to equal it. */
export interface MathCase {
  text: string;
  expected: string;
  reading: "equal" | "different" | "no answer";
}

export const CHOICE_CASES: ChoiceCase[] = [
  { text: "Let's analyse each option.\n(A) is incorrect because the enzyme is not denatured.\n(B) is correct since the pH is optimal.\nThe answer is (B).", options: 10, chosen: "B" },
  { text: "**Step 1:** compute the work.\n**Step 2:** compare.\n\nThe correct answer is **(D) 45 J**.", options: 10, chosen: "D" },
  { text: "The answer is (C), wait, let me double check. Recomputing gives 12 m/s, which is option E. So the answer is (E).", options: 10, chosen: "E" },
  { text: "Answer: (G) 3.2 × 10^5 Pa", options: 10, chosen: "G" },
  { text: "I'd go with option B.", options: 10, chosen: "B" },
  { text: "The correct option is C.", options: 10, chosen: "C" },
  { text: "None of the options match exactly, but the closest is (F).", options: 10, chosen: "F" },
  { text: "The answer is (A) if we ignore air resistance, which the question asks us to do.", options: 10, chosen: "A" },
  { text: "After eliminating A, B and D, the answer must be C.", options: 10, chosen: "C" },
  { text: "The net force is 4.5 N, which corresponds to option (H).", options: 10, chosen: "H" },
  { text: "Therefore, the answer is (J). (Note: option A is a common misconception.)", options: 10, chosen: "J" },
  { text: "so the answer is (b)", options: 10, chosen: "B" },
  { text: "The answer is: I", options: 10, chosen: "I" },
  { text: "I think the answer is D, but I'm not entirely sure; it could also be B.", options: 10, chosen: "D" },
  { text: "Options C and G both look plausible. Between them, G accounts for the tax effect, so G.", options: 10, chosen: "G" },
  { text: "The answer is ( C )", options: 10, chosen: "C" },
  { text: "The correct choice is the third one listed, C) 2.4 eV.", options: 4, chosen: "C" },
  { text: "Answer: E", options: 4, chosen: null },
  { text: "I cannot answer this question without more context.", options: 10, chosen: null },
  { text: "The answer is \\boxed{C}", options: 10, chosen: "C" },
  { text: "Final answer: (B)", options: 10, chosen: "B" },
  { text: "The answer is (A). A is the only option consistent with the data.", options: 10, chosen: "A" },
  { text: "Looking at option D... no. Option A? Also no. It's B.\n\nB", options: 10, chosen: "B" },
  { text: "The answer is (C) and not (D) as some might think.", options: 10, chosen: "C" },
  { text: "Because B is wrong and C overcounts, the best answer is A.", options: 10, chosen: "A" },
  { text: "Analicemos las opciones: la B es incorrecta y la D también. La respuesta es (C).", options: 10, chosen: "C" },
  { text: "Answer: A\n\nExplanation: A is correct since the reaction is exothermic.", options: 10, chosen: "A" },
  { text: "The answer is (D).\n\nThe answer is (D).", options: 10, chosen: "D" },
  { text: "Let me reconsider: (E) is wrong, (F) is wrong. So it is between G and H; H fits better. The answer is H.", options: 10, chosen: "H" },
  { text: "It is neither A nor B; the answer is C or D, I cannot decide between them.", options: 10, chosen: null },
  { text: "**Answer: (F)**", options: 10, chosen: "F" },
  { text: "The correct answer would be option (I), the Treaty of Versailles.", options: 10, chosen: "I" },
  { text: "A: 12, B: 15, C: 18, D: 21. We computed 18, so C.", options: 10, chosen: "C" },
  { text: "The product is a meso compound, so the answer is (B).", options: 4, chosen: "B" },
  { text: "Answer: C) 10^-4 M", options: 4, chosen: "C" },
  { text: "My final answer: D. Reasoning: the other three violate conservation of charge.", options: 4, chosen: "D" },
  { text: "Correct answer: **B**", options: 4, chosen: "B" },
  { text: "The answer is option A, since B, C and D all assume a closed system.", options: 4, chosen: "A" },
  { text: "Both (A) and (C) are true statements, but only (C) answers the question asked.", options: 4, chosen: "C" },
  { text: "Hmm. The answer is probably (B), though (D) cannot be ruled out. Going with B.", options: 4, chosen: "B" },
];

export const NUMBER_CASES: NumberCase[] = [
  { text: "Janet has 16 eggs. She eats 3 and bakes 4, leaving 9. 9 × $2 = $18.\nAnswer: 18", language: "en", number: 18 },
  { text: "The total cost is $1,234.50.\nAnswer: $1,234.50", language: "en", number: 1234.5 },
  { text: "Primero, 5 × 12 = 60. Luego 60 − 15 = 45.\nRespuesta: 45 manzanas.", language: "es", number: 45 },
  { text: "El precio total es 2.500 pesos.\nRespuesta: 2.500", language: "es", number: 2500 },
  { text: "Il a 3 boîtes de 12 crayons, soit 36 crayons.\nRéponse : 36", language: "fr", number: 36 },
  { text: "Er fährt 2,5 Stunden mit 60 km/h, also 150 km.\nAntwort: 150", language: "de", number: 150 },
  { text: "Всего 7 + 8 = 15 яблок.\nОтвет: 15", language: "ru", number: 15 },
  { text: "小明有12个苹果，给了小红5个，还剩7个。\n答案：7", language: "zh", number: 7 },
  { text: "全部で24本です。\n答え：24本", language: "ja", number: 24 },
  { text: "เขามีเงิน 150 บาท ใช้ไป 80 บาท เหลือ 70 บาท\nคำตอบ: 70", language: "th", number: 70 },
  { text: "Ana ana machungwa 10, anakula 3, anabaki na 7.\nJibu: 7", language: "sw", number: 7 },
  { text: "সে ৫টি কলম কিনেছে, প্রতিটি ১০ টাকা। মোট ৫০ টাকা।\nউত্তর: ৫০", language: "bn", number: 50 },
  { text: "మొత్తం 8 + 4 = 12 పుస్తకాలు.\nసమాధానం: 12", language: "te", number: 12 },
  { text: "She buys 3 packs of 6, so 18 cans.\nAnswer: 18", language: "es", number: 18 },
  { text: "Answer: 32\n\nWait, I forgot the tip. 32 + 8 = 40.\nAnswer: 40", language: "en", number: 40 },
  { text: "So in total, he walks 3.5 miles each day, and 24.5 miles per week.", language: "en", number: 24.5 },
  { text: "The answer is 42.", language: "en", number: 42 },
  { text: "Answer: forty-two", language: "en", number: 42 },
  { text: "Each ticket costs $5, 4 tickets cost $20. She pays with a $50 bill and gets $30 back.\nAnswer: $30", language: "en", number: 30 },
  { text: "Antwort: 1.200 Euro", language: "de", number: 1200 },
  { text: "Réponse : 12,5 kg", language: "fr", number: 12.5 },
  { text: "Out of 60 students, 9 are absent, which is 15%.\nAnswer: 15%", language: "en", number: 15 },
  { text: "There are 3 red, 4 blue and 5 green marbles: 12 in all.\n\n**Answer:** 12", language: "en", number: 12 },
  { text: "答案是 36。", language: "zh", number: 36 },
  { text: "答え：１，２００円", language: "ja", number: 1200 },
  { text: "Ответ: 1 500 рублей", language: "ru", number: 1500 },
  { text: "He needs 2 more boards. Answer: 2", language: "en", number: 2 },
  { text: "Jibu ni 56.", language: "sw", number: 56 },
  { text: "The final answer is 1,000,000.", language: "en", number: 1_000_000 },
  { text: "I'm not able to solve this.", language: "en", number: null },
  { text: "La temperatura baja 12 grados desde 7 grados.\nRespuesta: -5", language: "es", number: -5 },
  { text: "Answer: 0.75", language: "en", number: 0.75 },
  { text: "คำตอบคือ 45", language: "th", number: 45 },
  { text: "উত্তর: 120", language: "bn", number: 120 },
  { text: "Step 1: 4 × 3 = 12\nStep 2: 12 + 5 = 17\n\nAnswer: 17 (seventeen)", language: "en", number: 17 },
  { text: "Il lui reste 20 − 8 = 12 euros, puis elle en dépense 5.\nRéponse : 7 euros", language: "fr", number: 7 },
  { text: "Sie hat 3 Kisten mit je 24 Flaschen: 72 Flaschen.\n**Antwort: 72**", language: "de", number: 72 },
  { text: "一共有 8 × 6 = 48 个座位。所以答案：48", language: "zh", number: 48 },
  { text: "The answer is 3 hours (180 minutes).", language: "en", number: 3 },
  { text: "Respuesta final: 1.050", language: "es", number: 1050 },
];

export const MATH_CASES: MathCase[] = [
  { text: "Solving, $x = 3$.\n\n\\boxed{3}", expected: "3", reading: "equal" },
  { text: "\\boxed{\\frac{3}{4}}", expected: "0.75", reading: "equal" },
  { text: "Rationalising: $\\boxed{\\dfrac{\\sqrt{3}}{3}}$", expected: "\\frac{1}{\\sqrt{3}}", reading: "equal" },
  { text: "So $x < 2$, i.e. \\boxed{(-\\infty, 2)}", expected: "(-\\infty,2]", reading: "different" },
  { text: "The answer is $\\boxed{5\\text{ dollars}}$.", expected: "5", reading: "equal" },
  { text: "Factoring back: \\boxed{x^2 - 1}", expected: "(x-1)(x+1)", reading: "equal" },
  { text: "Final Answer: The final answer is $12$. I hope it is correct.", expected: "12", reading: "equal" },
  { text: "So the roots are $2$ and $-5$, i.e. \\boxed{-5, 2}", expected: "2,-5", reading: "equal" },
  { text: "\\boxed{\\{1,2,3\\}}", expected: "\\{3,2,1\\}", reading: "equal" },
  { text: "\\boxed{\\begin{pmatrix} 2 \\\\ -1 \\end{pmatrix}}", expected: "\\begin{pmatrix}2\\\\-1\\end{pmatrix}", reading: "equal" },
  { text: "The angle is \\boxed{45^\\circ}.", expected: "45", reading: "equal" },
  { text: "\\boxed{8\\sqrt{2}}", expected: "\\sqrt{128}", reading: "equal" },
  { text: "Counting again: \\boxed{2}", expected: "3", reading: "different" },
  { text: "First I got \\boxed{4}, but I made an arithmetic slip; the correct value is \\boxed{6}.", expected: "6", reading: "equal" },
  { text: "The area is 16 square units.", expected: "16", reading: "equal" },
  { text: "\\boxed{\\frac{1}{2}\\pi}", expected: "\\frac{\\pi}{2}", reading: "equal" },
  { text: "\\boxed{0.333}", expected: "\\frac{1}{3}", reading: "different" },
  { text: "The line is \\boxed{y = 2x + 3}.", expected: "y=2x+3", reading: "equal" },
  { text: "\\boxed{3\\sqrt{5}}", expected: "\\sqrt{45}", reading: "equal" },
  { text: "The sum of two odd numbers... \\boxed{\\text{even}}", expected: "\\text{even}", reading: "equal" },
  { text: "\\boxed{[-3, 4]}", expected: "[-3,4]", reading: "equal" },
  { text: "The increase is \\boxed{10\\%}.", expected: "10", reading: "equal" },
  { text: "She pays \\boxed{\\$18.90}.", expected: "18.90", reading: "equal" },
  { text: "\\boxed{1,\\!000}", expected: "1000", reading: "equal" },
  { text: "\\boxed{\\frac{a+b}{2}}", expected: "\\frac{b+a}{2}", reading: "equal" },
  { text: "\\boxed{(2, 3)}", expected: "(3, 2)", reading: "different" },
  { text: "\\boxed{\\log_2 8}", expected: "3", reading: "equal" },
  { text: "\\boxed{\\textbf{(C)}}", expected: "\\text{(C)}", reading: "equal" },
  { text: "\\boxed{2x}", expected: "2y", reading: "different" },
  { text: "\\boxed{\\frac{-1}{2}}", expected: "-\\frac{1}{2}", reading: "equal" },
  { text: "The solutions are $\\boxed{5}$ and $\\boxed{7}$.", expected: "5, 7", reading: "equal" },
  { text: "\\boxed{\\infty}", expected: "\\infty", reading: "equal" },
  { text: "\\boxed{x \\in (0, 1)}", expected: "(0,1)", reading: "equal" },
  { text: "\\boxed{\\sqrt{2}/2}", expected: "\\frac{\\sqrt2}{2}", reading: "equal" },
  { text: "\\boxed{2.50}", expected: "\\frac{5}{2}", reading: "equal" },
  { text: "\\boxed{-\\sqrt{3}}", expected: "\\sqrt{3}", reading: "different" },
  { text: "\\boxed{\\frac{9}{4}}", expected: "2\\frac{1}{4}", reading: "equal" },
  { text: "Answer: 64", expected: "64", reading: "equal" },
  { text: "I could not find a closed form for this sum.", expected: "7", reading: "no answer" },
  { text: "Therefore $n = \\boxed{14}$ is the smallest such integer.", expected: "14", reading: "equal" },
];

// A second set, written and labelled after three rules were fixed on the first ("option A" in an answer statement,
// a percentage on MGSM's answer line, LaTeX's negative thin space in MATH): held out from every change so far.

export const HELD_OUT_CHOICE_CASES: ChoiceCase[] = [
  { text: "Recall that mitosis produces identical cells. Hence the answer is (E).", options: 10, chosen: "E" },
  { text: "Answer - B", options: 4, chosen: "B" },
  { text: "I'll pick (A).", options: 4, chosen: "A" },
  { text: "The answer is **C**.", options: 10, chosen: "C" },
  { text: "Option D is a distractor; option F is the textbook definition. The answer is F.", options: 10, chosen: "F" },
  { text: "Answer: (A)\nActually, re-reading the stem, it asks for the exception. Answer: (D)", options: 10, chosen: "D" },
  { text: "None of these are right. I would not choose any option.", options: 4, chosen: null },
  { text: "The best choice here is (B) because the sample is biased.", options: 4, chosen: "B" },
  { text: "La respuesta correcta es la opción B.", options: 4, chosen: "B" },
  { text: "Step-by-step: 2 + 2 = 4. Four is listed as option C.\n\nThe answer is (C)", options: 10, chosen: "C" },
  { text: "The answer is J) 0.5 mol", options: 10, chosen: "J" },
  { text: "answer is (h).", options: 10, chosen: "H" },
  { text: "Between (A) 12 and (B) 14, the computed 14 matches, so (B).", options: 4, chosen: "B" },
  { text: "I am confident: it's G.", options: 10, chosen: "G" },
  { text: "Therefore, my answer is option (D).", options: 4, chosen: "D" },
  { text: "The answer is (K).", options: 10, chosen: null },
  { text: "A.", options: 4, chosen: "A" },
  { text: "The answer cannot be A or B. It is C.", options: 4, chosen: "C" },
  { text: "Final Answer: The final answer is (I). I hope it is correct.", options: 10, chosen: "I" },
  { text: "After weighing everything: (C) for the first part and (A) overall, so the answer is A.", options: 4, chosen: "A" },
];

export const HELD_OUT_NUMBER_CASES: NumberCase[] = [
  { text: "He earns $15 an hour for 8 hours: $120. Minus $20 for lunch.\nAnswer: 100", language: "en", number: 100 },
  { text: "Respuesta: 3,75", language: "es", number: 3.75 },
  { text: "Réponse : 2 400", language: "fr", number: 2400 },
  { text: "Die Antwort lautet 64.", language: "de", number: 64 },
  { text: "Итого: 250 рублей.\nОтвет: 250 руб.", language: "ru", number: 250 },
  { text: "每盒有6个，共5盒，所以一共30个。\n答案：30个", language: "zh", number: 30 },
  { text: "答え：１５", language: "ja", number: 15 },
  { text: "รวมทั้งหมด 3 × 20 = 60 บาท\nคำตอบ: 60 บาท", language: "th", number: 60 },
  { text: "Jibu: 1,500", language: "sw", number: 1500 },
  { text: "মোট ২৫ জন ছাত্র।\nউত্তর: ২৫ জন", language: "bn", number: 25 },
  { text: "సమాధానం: ౪౫", language: "te", number: 45 },
  { text: "The speed is 60 km per hour, so in 2.5 hours she covers 150 km.", language: "en", number: 150 },
  { text: "Answer: 12.\n\n(12 cupcakes in total, 2 per child.)", language: "en", number: 12 },
  { text: "Answer: 1/2", language: "en", number: 0.5 },
  { text: "Antwort: 2.500 €", language: "de", number: 2500 },
  { text: "I think it's either 12 or 14, I'm not sure.", language: "en", number: null },
  { text: "Respuesta: $45", language: "es", number: 45 },
  { text: "Answer: 7 apples\nAnswer explanation: 10 - 3 = 7", language: "en", number: 7 },
  { text: "Réponse: 18 œufs", language: "fr", number: 18 },
  { text: "The answer is $\\boxed{24}$.", language: "en", number: 24 },
];

export const HELD_OUT_MATH_CASES: MathCase[] = [
  { text: "\\boxed{\\frac{2}{3}}", expected: "\\frac{4}{6}", reading: "equal" },
  { text: "\\boxed{0.6}", expected: "\\frac{3}{5}", reading: "equal" },
  { text: "\\boxed{\\sqrt{50}}", expected: "5\\sqrt{2}", reading: "equal" },
  { text: "\\boxed{[2, 5)}", expected: "[2,5]", reading: "different" },
  { text: "\\boxed{(-1, 4)}", expected: "(-1,4)", reading: "equal" },
  { text: "\\boxed{x^2+4x+4}", expected: "(x+2)^2", reading: "equal" },
  { text: "\\boxed{2x+3}", expected: "3+2x", reading: "equal" },
  { text: "\\boxed{\\{-2, 2\\}}", expected: "\\{2,-2\\}", reading: "equal" },
  { text: "\\boxed{12\\text{ cm}^2}", expected: "12", reading: "equal" },
  { text: "\\boxed{\\pi}", expected: "3.14", reading: "different" },
  { text: "The final answer is $\\frac{7}{2}$.", expected: "3.5", reading: "equal" },
  { text: "\\boxed{\\dfrac{5}{\\sqrt{5}}}", expected: "\\sqrt{5}", reading: "equal" },
  { text: "\\boxed{-4}", expected: "4", reading: "different" },
  { text: "\\boxed{\\text{Tuesday}}", expected: "\\text{Tuesday}", reading: "equal" },
  { text: "\\boxed{1.5}", expected: "\\frac{3}{2}", reading: "equal" },
  { text: "\\boxed{3}\nWait, that is wrong; recomputing gives \\boxed{9}.", expected: "9", reading: "equal" },
  { text: "\\boxed{(1,2),(3,4)}", expected: "(3,4),(1,2)", reading: "equal" },
  { text: "\\boxed{2^{10}}", expected: "1024", reading: "equal" },
  { text: "\\boxed{\\frac{\\pi}{4}}", expected: "45^\\circ", reading: "equal" },
  { text: "I'm not sure; maybe around 7?", expected: "7", reading: "no answer" },
];
