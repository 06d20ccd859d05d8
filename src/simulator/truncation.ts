// Silent truncation, as some hosts do instead of returning a context error: drop prompt tokens from one side
// until `keepTokens` remain, whole messages first, then part of the message at the cut.

import { tokenPrefixEnd, tokenSuffixStart } from "../tokenizers/simulator-tokenizer.ts";
import { countPromptTokens, MESSAGE_OVERHEAD_TOKENS, messageTokens, PROMPT_OVERHEAD_TOKENS, type SimulatedMessage } from "./prompt-tokens.ts";

export type TruncationSide = "front" | "back" | "middle";

/** The messages that remain (the same array when the prompt already fits). */
export function truncatePrompt(messages: SimulatedMessage[], keepTokens: number, side: TruncationSide): SimulatedMessage[] {
  if (countPromptTokens(messages) <= keepTokens) return messages;
  const budget = Math.max(0, keepTokens - PROMPT_OVERHEAD_TOKENS);
  const frontBudget = side === "back" ? budget : side === "front" ? 0 : Math.floor(budget / 2);
  const head = keepFromStart(messages, frontBudget);
  const tail = keepFromEnd(messages, budget - frontBudget);
  const meeting = head.at(-1);
  const first = tail[0];
  // Middle truncation of a single long message keeps its two ends, joined where the middle was.
  if (meeting && first && meeting.index === first.index) {
    return [
      ...head.slice(0, -1).map((kept) => kept.message),
      { role: first.message.role, content: `${meeting.message.content}\n${first.message.content}` },
      ...tail.slice(1).map((kept) => kept.message),
    ];
  }
  return [...head, ...tail].map((kept) => kept.message);
}

interface KeptMessage {
  index: number;
  message: SimulatedMessage;
}

function keepFromStart(messages: readonly SimulatedMessage[], budget: number): KeptMessage[] {
  const kept: KeptMessage[] = [];
  let left = budget;
  for (let index = 0; index < messages.length && left > MESSAGE_OVERHEAD_TOKENS; index++) {
    const message = messages[index] as SimulatedMessage;
    const cost = messageTokens(message);
    if (cost <= left) {
      kept.push({ index, message });
      left -= cost;
      continue;
    }
    const content = message.content.slice(0, tokenPrefixEnd(message.content, left - MESSAGE_OVERHEAD_TOKENS));
    kept.push({ index, message: { role: message.role, content } });
    break;
  }
  return kept;
}

function keepFromEnd(messages: readonly SimulatedMessage[], budget: number): KeptMessage[] {
  const kept: KeptMessage[] = [];
  let left = budget;
  for (let index = messages.length - 1; index >= 0 && left > MESSAGE_OVERHEAD_TOKENS; index--) {
    const message = messages[index] as SimulatedMessage;
    const cost = messageTokens(message);
    if (cost <= left) {
      kept.unshift({ index, message });
      left -= cost;
      continue;
    }
    const content = message.content.slice(tokenSuffixStart(message.content, left - MESSAGE_OVERHEAD_TOKENS));
    kept.unshift({ index, message: { role: message.role, content } });
    break;
  }
  return kept;
}
