// A scorer judges one finished response. It may be async (LLM judges); it returns `unscored` rather than guess.

import type { Item } from "./item.ts";
import type { ChatMessage } from "./messages.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { Score } from "./score.ts";

export interface ScoreInput {
  item: Item;
  messages: ChatMessage[];
  result: GenerateResult;
}

export interface Scorer {
  name: string;
  score(input: ScoreInput): Score | Promise<Score>;
}
