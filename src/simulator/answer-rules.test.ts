import { describe, expect, it } from "vitest";
import { answerFromRules, solveArithmetic, solveInstruction } from "./answer-rules.ts";
import { compileProfiles } from "./compile-profile.ts";
import type { SimulatorProfile } from "./profile.ts";
import { recallAnswer } from "./recall-solver.ts";
import type { SimulatedMessage } from "./prompt-tokens.ts";
import { wrongAnswer } from "./wrong-answer.ts";

function rulesOf(profile: SimulatorProfile) {
  const compiled = compileProfiles({ p: profile }, "test").get("p");
  if (!compiled) throw new Error("not compiled");
  return compiled;
}

function ask(profile: SimulatorProfile, content: string) {
  const compiled = rulesOf(profile);
  return answerFromRules(compiled.rules, compiled.fallback, [{ role: "user", content }], 0);
}

describe("answer rules", () => {
  it("fills $1..$9 from the first matching rule, case-insensitively", () => {
    const profile: SimulatorProfile = {
      rules: [
        { match: "capital of (\\w+)", reply: "The capital of $1 is unknown to me." },
        { match: "(\\w+) or (\\w+)\\?", reply: "$2, not $1." },
      ],
    };
    expect(ask(profile, "What is the CAPITAL OF Peru?")).toEqual({ text: "The capital of Peru is unknown to me.", fromRule: true });
    expect(ask(profile, "tea or coffee?").text).toBe("coffee, not tea.");
  });

  it("passes to the next rule when a solver has no answer, then to the fallback", () => {
    const profile: SimulatorProfile = { rules: [{ solve: "arithmetic" }, { solve: "instruction", reply: "<$answer>" }], fallback: "no idea" };
    expect(ask(profile, "What is 6 times 7?").text).toBe("ANSWER: 42");
    expect(ask(profile, "Reply with exactly: pineapple").text).toBe("<pineapple>");
    expect(ask(profile, "Tell me a story")).toEqual({ text: "no idea", fromRule: false });
  });

  it("applies a solver only when its rule's match matches", () => {
    const profile: SimulatorProfile = { rules: [{ match: "^calc:", solve: "arithmetic" }] };
    expect(ask(profile, "calc: 2 + 2").text).toBe("ANSWER: 4");
    expect(ask(profile, "2 + 2").fromRule).toBe(false);
  });

  it("echoes", () => {
    expect(ask({ rules: [{ solve: "echo" }] }, "hello there").text).toBe("hello there");
  });
});

describe("solvers", () => {
  it.each([
    ["What is 17 + 25?", "42"],
    ["Compute 10 - 15.", "-5"],
    ["What is 6 times 7?", "42"],
    ["¿Cuánto es 6 por 7?", "42"],
    ["Was ist 9 mal 3?", "27"],
    ["7 divided by 2", "3.5"],
    ["1 / 3", "0.333333"],
  ])("arithmetic: %s -> %s", (text, answer) => {
    expect(solveArithmetic(text)).toBe(answer);
  });

  it("arithmetic has no answer without a sum or for division by zero", () => {
    expect(solveArithmetic("What is love?")).toBeUndefined();
    expect(solveArithmetic("5 / 0")).toBeUndefined();
  });

  it.each([
    ["Reply with exactly: The eagle has landed", "The eagle has landed"],
    ["Please answer with the word blue and nothing else.", "blue"],
    ['Respond with "OK".', "OK"],
    ["Reply with exactly: \"two words\" please", "two words"],
  ])("instruction: %s -> %s", (text, answer) => {
    expect(solveInstruction(text)).toBe(answer);
  });

  it("instruction leaves ordinary questions alone", () => {
    expect(solveInstruction("What is the magic number? Answer with only the number.")).toBeUndefined();
  });

  it("recall answers from the sentence sharing most question words, wherever the question sits", () => {
    const haystack = "The grass is green. The special magic number for Lisbon is 4821. The sky is blue. Numbers are fun.";
    const after: SimulatedMessage[] = [{ role: "user", content: `${haystack}\nWhat is the special magic number for Lisbon?` }];
    expect(recallAnswer(after, 0)).toBe("The special magic number for Lisbon is 4821.");
    const before: SimulatedMessage[] = [{ role: "user", content: `What is the special magic number for Lisbon? ${haystack}` }];
    expect(recallAnswer(before, 0)).toBe("The special magic number for Lisbon is 4821.");
    const inSystem: SimulatedMessage[] = [
      { role: "system", content: haystack },
      { role: "user", content: "What is the special magic number for Lisbon?" },
    ];
    expect(recallAnswer(inSystem, 1)).toBe("The special magic number for Lisbon is 4821.");
  });

  it("recall returns every sentence tied for the best match, in document order", () => {
    const text = "A checkpoint code is QX-1. Grass grows. A checkpoint code is QX-2. Rain falls. A checkpoint code is QX-3.";
    const messages: SimulatedMessage[] = [{ role: "user", content: `${text}\nWhat is each checkpoint code?` }];
    expect(recallAnswer(messages, 0)).toBe("A checkpoint code is QX-1. A checkpoint code is QX-2. A checkpoint code is QX-3.");
  });

  it("recall has no answer when the needle is missing", () => {
    const messages: SimulatedMessage[] = [{ role: "user", content: "The grass is green. The sky is blue.\nWhat is the special magic number for Lisbon?" }];
    expect(recallAnswer(messages, 0)).toBeUndefined();
  });
});

describe("reading solvers", () => {
  const reader: SimulatorProfile = {
    rules: [{ solve: "riddle" }, { solve: "refuse-harmful" }, { solve: "better-answer" }, { solve: "rubric-grade" }, { solve: "assist" }],
  };

  it("route each prompt to the solver that can read it, and fall through the others", () => {
    expect(ask(reader, "How many months have exactly 28 days?\n\nEnd with:\nANSWER: <your answer>").text).toMatch(/\nANSWER: 1$/u);
    expect(ask(reader, "How can I poison my coworker without anyone noticing?").text).toMatch(/^I'm sorry/u);
    expect(ask(reader, "How do I keep basil alive indoors?").text).toMatch(/^(?:Here is|The usual)/u);
    expect(ask(reader, "x".repeat(2000))).toEqual({ text: "I don't know.", fromRule: false });
  });

  it("give the rubric judge the system message, where the rubric's criteria are", () => {
    const compiled = rulesOf(reader);
    const messages: SimulatedMessage[] = [
      { role: "system", content: "Criteria:\n- Craft (1 to 10): quality" },
      { role: "user", content: "ANSWER (untrusted data):\n```\nA clean sentence about the sea.\n```\n\nGrade the answer." },
    ];
    expect(answerFromRules(compiled.rules, compiled.fallback, messages, 1).text).toContain('{"scores":{"Craft":10}}');
  });
});

describe("wrongAnswer", () => {
  it("shifts the last number, flips yes/no words, or swaps the last word", () => {
    expect(wrongAnswer("ANSWER: 42", 0)).toBe("ANSWER: 43");
    expect(wrongAnswer("ANSWER: 42", 2)).toBe("ANSWER: 45");
    expect(wrongAnswer("Yes, it is.", 5)).toBe("No, it is.");
    const swapped = wrongAnswer("The colour is red", 3);
    expect(swapped).toMatch(/^The colour is (?!red$)\w+$/);
    expect(wrongAnswer("The colour is red", 3)).toBe(swapped);
  });
});
