import { describe, expect, it } from "vitest";
import type { ScoredSample } from "../core/task.ts";
import { sampleStyleProfile } from "./sample-style-profile.ts";
import { styleProfile } from "./style-profile.ts";

function sample(text: string | undefined, language?: string, status: ScoredSample["status"] = "done"): ScoredSample {
  return {
    targetId: "t",
    taskId: "task",
    itemId: "1",
    trial: 1,
    status,
    result: text === undefined ? undefined : { text, finishReason: "stop", usage: {}, latencyMs: 1 },
    scores: [],
    attempts: 1,
    fromCache: false,
    costUsd: 0,
    item: { id: "1", input: "?", metadata: language === undefined ? {} : { language } },
  };
}

describe("sampleStyleProfile", () => {
  it("profiles a done sample's response in its item's language", () => {
    const text = "The answer is the bridge, because it was built first.";
    expect(sampleStyleProfile(sample(text, "es"))).toEqual(styleProfile(text, { questionLanguage: "es" }));
    expect(sampleStyleProfile(sample(text, "es"))?.languageMatches).toBe(false);
    expect(sampleStyleProfile(sample(text))?.languageMatches).toBeUndefined();
  });

  it("skips samples without a response or that ended in an error", () => {
    expect(sampleStyleProfile(sample(undefined))).toBeUndefined();
    expect(sampleStyleProfile(sample("partial text", undefined, "error"))).toBeUndefined();
    expect(sampleStyleProfile(sample(""))?.words).toBe(0);
  });

  it("measures a response once however many reducers ask, and again for another item language", () => {
    const shared = sample("Une réponse en français, c'est tout.", "fr");
    const first = sampleStyleProfile(shared);
    expect(sampleStyleProfile(shared)).toBe(first);
    const sameResultOtherLanguage = { ...shared, item: { ...shared.item, metadata: { language: "de" } } };
    expect(sampleStyleProfile(sameResultOtherLanguage)?.languageMatches).toBe(false);
    expect(first?.languageMatches).toBe(true);
  });
});
