// Prompt tokens as the simulator reports them in usage: its token scheme (tokenizers/simulator-tokenizer.ts) over
// message contents, plus a fixed chat-format overhead per message and per prompt.

import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";

export interface SimulatedMessage {
  role: string;
  content: string;
}

/** Tokens added per message and once per prompt, like OpenAI's chat format overhead. */
export const MESSAGE_OVERHEAD_TOKENS = 3;
export const PROMPT_OVERHEAD_TOKENS = 3;

export function messageTokens(message: SimulatedMessage): number {
  return countSimulatedTokens(message.content) + MESSAGE_OVERHEAD_TOKENS;
}

export function countPromptTokens(messages: readonly SimulatedMessage[]): number {
  let total = PROMPT_OVERHEAD_TOKENS;
  for (const message of messages) total += messageTokens(message);
  return total;
}
