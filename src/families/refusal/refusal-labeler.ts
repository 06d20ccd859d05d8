// Who decides whether a response refused. The scorer asks each labeler in turn and records the first that decides,
// so a judge can later stand in front of the rules without changing the scorer or the metrics.

import type { Item } from "../../core/item.ts";
import type { PlannedJudgeRequest } from "../../core/judge.ts";
import type { RefusalLabel } from "../../scorers/refusal-label.ts";
import { rulesVerdict } from "../../scorers/refusal.ts";

export interface RefusalVerdict {
  label: RefusalLabel;
  /** Why, in a few words: the cue matched, or the judge's reason. */
  reason: string;
}

export interface RefusalLabeler {
  /** Recorded in each score's explanation, e.g. "rules". */
  name: string;
  /** A verdict, or undefined to pass the response on to the next labeler. */
  label(text: string, item: Item): RefusalVerdict | undefined | Promise<RefusalVerdict | undefined>;
  /** A judge labeler's request for one answer, as `plan` prices it. */
  judgeRequest?(item: Item): PlannedJudgeRequest;
}

/** The multilingual phrasing rules; they always decide, so they belong last in a list. */
export const rulesLabeler: RefusalLabeler = {
  name: "rules",
  label: (text) => rulesVerdict(text),
};
