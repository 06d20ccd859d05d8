// The prompt a context probe sends: a haystack of the asked size with three fresh codes planted near its start,
// at its middle and near its end, and the request for them at both ends, so a cut on either side leaves one.

import type { ChatMessage } from "../../core/messages.ts";
import type { Tokenizer } from "../../tokenizers/tokenizer.ts";
import type { ChunkCounts } from "../../haystack/chunk-counts.ts";
import type { HaystackSource } from "../../haystack/haystack-source.ts";
import { buildSizedHaystack } from "../../haystack/sized-haystack.ts";
import type { PlantedCodes } from "./probe-io.ts";

// Singular "code": recall-style readers (and the simulator) match whole words of the question.
const QUESTION = "What is the checkpoint code?";
const INSTRUCTION = "The text below hides several checkpoint codes. Reply with every checkpoint code you find, one per line, and nothing else.";
const CLOSING = "Reply with every checkpoint code found in the text above, one per line.";

export function codeSentence(code: string): string {
  return `The checkpoint code is ${code}.`;
}

/** Fresh codes from a random source: two letters, a dash and four digits, never seen in generated prose. */
export function freshCodes(random: () => number): PlantedCodes {
  const code = (prefix: string) => `${prefix}${letter(random)}-${1000 + Math.floor(random() * 9000)}`;
  return { start: code("S"), middle: code("M"), end: code("E") };
}

export interface ProbePromptParts {
  source: HaystackSource;
  tokenizer: Tokenizer;
  counts: ChunkCounts;
}

/** Messages of about `tokens` local tokens, and their exact local count. */
export function probePrompt(parts: ProbePromptParts, tokens: number, codes: PlantedCodes): { messages: ChatMessage[]; localTokens: number } {
  const head = `${INSTRUCTION} ${QUESTION}\n\n${codeSentence(codes.start)} `;
  const middle = ` ${codeSentence(codes.middle)} `;
  const tail = ` ${codeSentence(codes.end)}\n\n${CLOSING} ${QUESTION}`;
  const fixed = parts.tokenizer.count(head) + parts.tokenizer.count(middle) + parts.tokenizer.count(tail);
  const haystack = buildSizedHaystack(parts.source, parts.tokenizer, Math.max(1, tokens - fixed), parts.counts);
  const cut = middleSentenceEnd(haystack.text);
  const content = `${head}${haystack.text.slice(0, cut)}${middle}${haystack.text.slice(cut)}${tail}`;
  return { messages: [{ role: "user", content }], localTokens: fixed + haystack.tokens };
}

/** The sentence end nearest the middle, so the middle code sits between sentences like the others. */
function middleSentenceEnd(text: string): number {
  const half = Math.floor(text.length / 2);
  const after = text.indexOf(". ", half);
  const before = text.lastIndexOf(". ", half);
  if (after < 0 && before < 0) return half;
  if (after < 0) return before + 1;
  if (before < 0) return after + 1;
  return (after - half < half - before ? after : before) + 1;
}

function letter(random: () => number): string {
  return String.fromCharCode(65 + Math.floor(random() * 26));
}
