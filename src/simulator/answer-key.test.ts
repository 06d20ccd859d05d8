import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { decideReply, type ReplyDecision } from "./behaviour.ts";
import { compileProfiles } from "./compile-profile.ts";
import { parseProfiles, type SimulatorProfile } from "./profile.ts";
import { builtInProfiles } from "./profiles.ts";

const answerKey = [
  { question: "Fixture law #1:", answer: "law label 1.3", subject: "law" },
  { question: "[es 1]", answer: "267", subject: "es" },
  { question: "Fixture maths problem 1:", answer: "\\frac{1}{2}", subject: "Algebra" },
];
/** The letter the reply settles on: the last "the answer is (X)". */
const chosen = (text: string) => [...text.matchAll(/the answer is \(([A-J])\)/gu)].at(-1)?.[1];
const lettered = (n: number) => `Question: Fixture law #${n}: which label?\nOptions:\n${Array.from({ length: 10 }, (_, k) => `${String.fromCharCode(65 + k)}. law label ${n}.${k}`).join("\n")}`;

function ask(profile: SimulatorProfile, content: string, model = "p@host"): string {
  const compiled = compileProfiles({ ...builtInProfiles, p: profile }, "test").get("p")!;
  return (decideReply(compiled, { model, messages: [{ role: "user", content }], stream: false, includeUsage: false }, seededRandom(1)) as ReplyDecision).text;
}

describe("the answer-key profile", () => {
  it("answers lettered options with a reasoned 'the answer is (X)' naming the known option's letter", () => {
    const text = ask({ answerKey }, lettered(1));
    expect(text).toMatch(/^Let me weigh the options\. \([A-J]\) looks plausible at first, .* the answer is \(D\)\.$/u);
    expect(chosen(text)).toBe("D");
  });

  it("answers in the question's language and in a box when the prompt asks for one", () => {
    expect(ask({ answerKey }, "Resuelve.\n\n[es 1] Ana tiene 17 manzanas...")).toMatch(/\nRespuesta: 267$/u);
    expect(ask({ answerKey }, "Solve, then give the final answer in \\boxed{}.\n\nFixture maths problem 1: find it.")).toMatch(/\\boxed\{\\frac\{1\}\{2\}\}\$\.$/u);
  });

  it("is right at its accuracy less the subject's penalty, the same way for the same request", () => {
    const right = (profile: SimulatorProfile) =>
      Array.from({ length: 200 }, (_, i) => ask(profile, lettered(1), `p@host${i}`)).filter((text) => chosen(text) === "D").length;
    expect(right({ answerKey })).toBe(200);
    expect(right({ answerKey, accuracy: 0.8 })).toBeGreaterThan(140);
    expect(right({ answerKey, accuracy: 0.8 })).toBeLessThan(185);
    expect(right({ answerKey, accuracy: 0.8, subjectPenalty: { law: 0.8 } })).toBe(0);
    expect(right({ answerKey, subjectPenalty: { history: 1 } })).toBe(200);
    expect(ask({ answerKey, accuracy: 0.5 }, lettered(1), "p@x")).toBe(ask({ answerKey, accuracy: 0.5 }, lettered(1), "p@x"));
    expect(ask({ answerKey, accuracy: 0 }, "[es 1] Ana")).toMatch(/Respuesta: 26[89]$|Respuesta: 270$/u);
  });

  it("leaves questions it does not know to the ordinary rules, and validates its fields", () => {
    expect(ask({ extends: "honest", answerKey }, "What is 6 times 7?")).toBe("ANSWER: 42");
    expect(() => parseProfiles({ bad: { answerKey: [{ question: "", answer: "A" }] } }, "p.yaml")).toThrow(/p\.yaml: bad\.answerKey\.0\.question/u);
    expect(() => parseProfiles({ bad: { subjectPenalty: { law: 2 } } }, "p.yaml")).toThrow(/p\.yaml: bad\.subjectPenalty\.law/u);
  });
});
