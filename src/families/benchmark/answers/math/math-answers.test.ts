import { describe, expect, it } from "vitest";
import { mathAnswer } from "./boxed-answer.ts";
import { mathEquivalence } from "./math-equivalence.ts";

describe("mathAnswer", () => {
  it("takes the last box, with nested braces and escaped ones", () => {
    expect(mathAnswer("First try \\boxed{3}. Correcting: $\\boxed{\\frac{\\sqrt{3}}{2}}$.")).toEqual({ answer: "\\frac{\\sqrt{3}}{2}", rule: "boxed" });
    expect(mathAnswer("So the set is \\boxed{\\{1, 2\\}}")?.answer).toBe("\\{1, 2\\}");
    expect(mathAnswer("\\fbox{42}")?.answer).toBe("42");
    expect(mathAnswer("The answer: \\boxed 7$.")?.answer).toBe("7");
  });

  it("reads an unboxed final answer line, and nothing from an answer without one", () => {
    expect(mathAnswer("Final Answer: The final answer is $\\frac{1}{2}$. I hope it is correct.")).toEqual({ answer: "\\frac{1}{2}", rule: "answer line" });
    expect(mathAnswer("Working...\nAnswer: (2, -3)")?.answer).toBe("(2, -3)");
    expect(mathAnswer("\\boxed{unclosed")).toBeUndefined();
    expect(mathAnswer("I am not sure how to approach this.")).toBeUndefined();
  });
});

describe("mathEquivalence", () => {
  const same = (a: string, b: string) => expect(mathEquivalence(a, b), `${a} vs ${b}`).toBe("equal");
  const differ = (a: string, b: string) => expect(mathEquivalence(a, b), `${a} vs ${b}`).toBe("different");
  const undecided = (a: string, b: string) => expect(mathEquivalence(a, b), `${a} vs ${b}`).toBe("undecided");

  it("treats equivalent forms of fractions, decimals and radicals as equal", () => {
    same("\\dfrac{1}{2}", "\\frac12");
    same("0.5", "\\frac{1}{2}");
    same("\\tfrac{3}{6}", ".5");
    same("\\frac{\\sqrt{3}}{2}", "\\sqrt3/2");
    same("2\\sqrt{2}", "\\sqrt{8}");
    same("\\frac{1}{\\sqrt{2}}", "\\frac{\\sqrt{2}}{2}");
    same("2\\frac{1}{2}", "\\frac{5}{2}");
    same("\\sqrt[3]{8}", "2");
    differ("\\frac{1}{3}", "0.33");
    differ("\\sqrt{2}", "2");
    differ("-\\frac{1}{2}", "\\frac{1}{2}");
  });

  it("strips units, degrees, percent, dollar signs, thousands commas and a leading variable", () => {
    same("10\\text{ inches}", "10");
    same("30^\\circ", "30");
    same("12 cm", "12");
    same("50\\%", "50");
    same("\\$1,000", "1000");
    same("1,\\!000", "1000");
    same("x = 5", "5");
    same("\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\frac{\\pi}{2})");
  });

  it("compares intervals by endpoints and brackets, sets and root lists in any order, tuples in order", () => {
    same("(-\\infty, 3] \\cup [5, \\infty)", "[5,\\infty)\\cup(-\\infty,3]");
    differ("(-\\infty, 3)", "(-\\infty, 3]");
    same("[-2, \\frac{14}{2}]", "[-2,7]");
    same("\\{3, -1\\}", "\\{-1, 3\\}");
    same("2, -3", "-3, 2");
    differ("2, -3", "2, 3");
    differ("(1, 2)", "(2, 1)");
    differ("3", "3, -3");
    same("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}", "\\begin{pmatrix}1&2\\\\3&\\frac{8}{2}\\end{pmatrix}");
  });

  it("decides expressions with variables by evaluation, and equations up to a constant factor", () => {
    same("(x+1)^2", "x^2+2x+1");
    same("\\frac{a}{b}+1", "\\frac{a+b}{b}");
    differ("x^2+1", "x^2+2");
    same("2\\pi r", "2 \\pi r");
    same("x+y=1", "2y=2-2x");
    differ("x+y=1", "x-y=1");
    same("\\text{(C)}", "(C)");
    differ("\\text{(B)}", "(C)");
    same("\\text{Evelyn}", "evelyn");
    differ("Evelyn", "Devon");
  });

  it("leaves what it cannot read undecided rather than wrong", () => {
    undecided("\\log 100", "2");
    undecided("\\sin(60^\\circ)", "\\frac{\\sqrt{3}}{2}");
    undecided("\\sin 60^\\circ", "\\frac{\\sqrt{3}}{2}");
    undecided("3 \\pm \\sqrt{2}", "3+\\sqrt{2}, 3-\\sqrt{2}");
    undecided("a_1 + a_2", "a_2 + a_1 + 0");
    undecided("Evelyn", "\\frac{1}{2}");
    undecided("x \\in [1, 2]", "[1, 2]");
    differ("y = 2x+1", "(0, 1)");
  });
});
