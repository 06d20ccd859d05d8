// The tiny test model's tokenizer: GPT-2-style byte-level BPE (256 byte tokens, merges learned here from a short
// built-in text, three ChatML control tokens) and a ChatML chat template, all written into the GGUF's metadata.

export const CHAT_TEMPLATE =
  "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n{% endfor %}" +
  "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}";

/** llama.cpp's token types. */
const NORMAL = 1;
const CONTROL = 3;

export interface TinyVocab {
  tokens: string[];
  tokenTypes: number[];
  merges: string[];
  bosId: number;
  eosId: number;
}

const TRAINING_TEXT = [
  "The secret number of the lighthouse keeper is hidden somewhere in the long report about the harbour.",
  "What is the secret number? Answer with the number and nothing else. The answer is in the text above.",
  "In the morning the fishermen walked along the river and talked about the weather, the market and the boats.",
  "She wrote the letter in the evening, and the next day the letter was read aloud at the meeting of the council.",
  "There were seven houses on the hill, and in each of them lived a family that kept bees, goats and a small garden.",
].join(" ");

/** GPT-2's byte-to-character table: printable bytes stand for themselves, the rest map past 255 so every token prints. */
function byteCharacters(): string[] {
  const chars: string[] = [];
  let next = 256;
  for (let byte = 0; byte < 256; byte++) {
    const printable = (byte >= 33 && byte <= 126) || (byte >= 161 && byte <= 172) || (byte >= 174 && byte <= 255);
    chars.push(String.fromCodePoint(printable ? byte : next++));
  }
  return chars;
}

/** The same split llama.cpp's "gpt-2" pre-tokenizer makes, so learned merges fall inside the words it sees. */
function words(text: string): string[] {
  return text.match(/ ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+/gu) ?? [];
}

/** Greedy BPE training: the most frequent adjacent pair becomes a token, ties broken by order, `count` times. */
function learnMerges(text: string, count: number, byteChars: readonly string[]): string[] {
  const frequencies = new Map<string, number>();
  for (const word of words(text)) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  const pieces = [...frequencies].map(([word, frequency]) => ({
    parts: [...Buffer.from(word, "utf8")].map((byte) => byteChars[byte]!),
    frequency,
  }));
  const merges: string[] = [];
  for (let round = 0; round < count; round++) {
    const pairs = new Map<string, number>();
    for (const { parts, frequency } of pieces) {
      for (let i = 0; i + 1 < parts.length; i++) {
        const pair = `${parts[i]} ${parts[i + 1]}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + frequency);
      }
    }
    let best: string | undefined;
    let bestCount = 1;
    for (const [pair, frequency] of pairs) {
      if (frequency > bestCount || (frequency === bestCount && best !== undefined && pair < best)) {
        best = pair;
        bestCount = frequency;
      }
    }
    if (best === undefined) break;
    merges.push(best);
    const [left, right] = best.split(" ") as [string, string];
    for (const piece of pieces) {
      const merged: string[] = [];
      for (let i = 0; i < piece.parts.length; i++) {
        if (piece.parts[i] === left && piece.parts[i + 1] === right) {
          merged.push(left + right);
          i++;
        } else merged.push(piece.parts[i]!);
      }
      piece.parts = merged;
    }
  }
  return merges;
}

export function tinyVocab(mergeCount = 160): TinyVocab {
  const byteChars = byteCharacters();
  const merges = learnMerges(TRAINING_TEXT, mergeCount, byteChars);
  // Two merges may spell the same token ("ab c", "a bc"); a vocabulary names each token once.
  const pieces = new Set([...byteChars, ...merges.map((merge) => merge.replace(" ", ""))]);
  const tokens = [...pieces, "<|endoftext|>", "<|im_start|>", "<|im_end|>"];
  const tokenTypes = tokens.map((_, index) => (index >= tokens.length - 3 ? CONTROL : NORMAL));
  return { tokens, tokenTypes, merges, bosId: tokens.length - 3, eosId: tokens.length - 1 };
}
