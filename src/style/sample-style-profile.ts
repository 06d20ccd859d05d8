// The style profile of a finished sample's response, asked in its item's language. Several reducers read the same
// samples, so profiles are kept per response object and each response is measured once.

import type { ScoredSample } from "../core/task.ts";
import { styleProfile, type StyleProfile } from "./style-profile.ts";

const MEASURED = new WeakMap<object, { questionLanguage: string | undefined; profile: StyleProfile }>();

/** Undefined unless the sample is done with a response; an empty response is measured like any other. */
export function sampleStyleProfile(sample: ScoredSample): StyleProfile | undefined {
  const result = sample.result;
  if (sample.status !== "done" || result === undefined) return undefined;
  const language = sample.item.metadata.language;
  const questionLanguage = typeof language === "string" && language.length > 0 ? language : undefined;
  const known = MEASURED.get(result);
  if (known && known.questionLanguage === questionLanguage) return known.profile;
  const profile = styleProfile(result.text, { questionLanguage });
  MEASURED.set(result, { questionLanguage, profile });
  return profile;
}
