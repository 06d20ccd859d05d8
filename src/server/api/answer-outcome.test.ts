import { describe, expect, it } from "vitest";
import { answerOutcome } from "./answer-outcome.ts";

const done = (label: string | null, value: number | null) => ({ status: "done", label, value });

describe("answerOutcome", () => {
  it("reads errors, refusals, passes, fails and unscored answers", () => {
    expect(answerOutcome({ status: "error", label: null, value: null }, "riddle")).toBe("error");
    expect(answerOutcome(done("correct", 1), "riddle")).toBe("correct");
    expect(answerOutcome(done("incorrect", 0), "riddle")).toBe("incorrect");
    expect(answerOutcome(done("not_found", 0), "niah")).toBe("incorrect");
    expect(answerOutcome(done("partial", 2 / 3), "niah")).toBe("incorrect");
    expect(answerOutcome(done("unscored", null), "riddle")).toBe("unscored");
    expect(answerOutcome(done(null, null), "riddle")).toBe("unscored");
    expect(answerOutcome(done("refused", 0), "culprit")).toBe("refused");
  });

  it("reads the refusal scorer's labels as behaviour: its value is a degree of refusal, not of correctness", () => {
    expect(answerOutcome(done("refused", 1), "refusal")).toBe("refused");
    expect(answerOutcome(done("complied", 0), "refusal")).toBe("answered");
    expect(answerOutcome(done("partial", 0.5), "refusal")).toBe("answered");
    expect(answerOutcome(done("unscored", null), "refusal")).toBe("unscored");
  });
});
