// A quick, tokenizer-free estimate of request size, for pacing, budgets and plans before the host reports real counts.

import type { ChatMessage } from "../core/messages.ts";

/** About four characters per token for English prose, plus a few tokens of chat framing per message. */
export function estimatePromptTokens(messages: readonly ChatMessage[]): number {
  let characters = 0;
  for (const message of messages) characters += message.content.length;
  return Math.ceil(characters / 4) + 4 * messages.length;
}

export const DEFAULT_OUTPUT_TOKEN_ESTIMATE = 256;
