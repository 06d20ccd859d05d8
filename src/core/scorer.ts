// A scorer judges one finished response. It may be async (LLM judges); it returns `unscored` rather than guess. Like
// inspect's scorers, it may declare the metrics its scores are summarised by when a task names none of its own.

import type { Item, Metadata } from "./item.ts";
import type { PlannedJudgeRequest } from "./judge.ts";
import type { ChatMessage } from "./messages.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { Turn } from "./sample.ts";
import type { Score } from "./score.ts";
import type { MetricReducer } from "./task.ts";

export interface ScoreInput {
  item: Item;
  messages: ChatMessage[];
  result: GenerateResult;
  /** The sample's trial (1-based); tasks that refresh items per trial (fresh needles) score against that trial's. */
  trial?: number;
  /** The target's preparation, for tasks that prepare per target. */
  preparation?: Metadata;
  /** Multi-turn items: every turn in order; `result` then joins the turns' answers. */
  turns?: Turn[];
}

export interface Scorer {
  name: string;
  /** Default metrics over this scorer's scores (e.g. accuracy and the unscored share); a task's own metrics replace them. */
  metrics?: MetricReducer[];
  score(input: ScoreInput): Score | Promise<Score>;
  /** The judge requests scoring one answer to this item makes, so `plan` can price them; absent when it asks none. */
  judgeRequests?(item: Item): PlannedJudgeRequest[];
}
