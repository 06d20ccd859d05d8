import { describe, expect, it } from "vitest";
import { isHeadlineMetric } from "./headline-metric.ts";

describe("isHeadlineMetric", () => {
  it("takes a task's own metrics and its judges' scores as headlines", () => {
    const headlines = ["accuracy", "culprit_accuracy", "safe_refusal_rate", "length_compliance", "rubric[groq:llama-3.3-70b@j]", "unscored[simulator:judge-sim@demo]", "chapter_rubric[openai:gpt-4.1]", "degradation[groq:j]"];
    expect(headlines.filter((name) => !isHeadlineMetric(name))).toEqual([]);
  });

  it("takes breakdowns by language, category, needle, length, depth, chapter and outcome as breakdowns", () => {
    const breakdowns = ["accuracy[es]", "needle_recall[2]", "accuracy@8k", "accuracy@1m", "accuracy@d50", "chapter_rubric[groq:j@x]@ch1", "rate:refused", "style:emoji_per_1k", "rubric[groq:j][es]"];
    expect(breakdowns.filter(isHeadlineMetric)).toEqual([]);
  });
});
