// Exact token counts at memo speed: a regex-split BPE tokenizer never merges across pre-tokenizer pieces, so a text's
// count is the sum of its pieces' counts, and prose repeats the same few thousand pieces millions of times.

import type { PreTokenizer } from "./pre-tokenizer.ts";

export interface MemoCounterOptions {
  preTokenizer: PreTokenizer;
  /** Tokens of one piece, from the tokenizer library itself; asked once per distinct piece while it stays memoised. */
  countPiece(piece: string): number;
  /**
   * Strings the tokenizer turns into one token wherever they appear, before normalizing and splitting (Hugging Face
   * "added tokens" such as `<|eot_id|>`). Without them, such strings are counted as the plain text they are.
   */
  addedTokens?: readonly string[];
  /** Applied to the text between added tokens before splitting, as the tokenizer's normalizer does (Qwen's is NFC). */
  normalize?: (text: string) => string;
  /** The memo is cleared when it grows past this many pieces, so a text of endless distinct pieces stays bounded. */
  maxEntries?: number;
}

const DEFAULT_MAX_MEMO_ENTRIES = 200_000;
/** Longer pieces (a run of dashes, a blob without spaces) rarely repeat; they are counted each time, not kept. */
const MAX_MEMO_PIECE_LENGTH = 256;

export class MemoCounter {
  private readonly memo = new Map<string, number>();
  private readonly preTokenizer: PreTokenizer;
  private readonly countPiece: (piece: string) => number;
  private readonly normalize?: (text: string) => string;
  private readonly maxEntries: number;
  private readonly addedTokens?: RegExp;

  constructor(options: MemoCounterOptions) {
    this.preTokenizer = options.preTokenizer;
    this.countPiece = options.countPiece;
    this.normalize = options.normalize;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_MEMO_ENTRIES;
    if (options.addedTokens?.length) this.addedTokens = addedTokensPattern(options.addedTokens);
  }

  count(text: string): number {
    const addedTokens = this.addedTokens;
    if (!addedTokens) return this.countSection(text);
    let tokens = 0;
    let sectionStart = 0;
    addedTokens.lastIndex = 0;
    for (let match = addedTokens.exec(text); match !== null; match = addedTokens.exec(text)) {
      tokens += this.countSection(text.slice(sectionStart, match.index)) + 1;
      sectionStart = addedTokens.lastIndex;
    }
    return tokens + this.countSection(text.slice(sectionStart));
  }

  private countSection(text: string): number {
    const normalized = this.normalize ? this.normalize(text) : text;
    let tokens = 0;
    for (let start = 0; start < normalized.length; ) {
      const end = this.preTokenizer.pieceEnd(normalized, start);
      tokens += this.pieceTokens(normalized.slice(start, end));
      start = end;
    }
    return tokens;
  }

  private pieceTokens(piece: string): number {
    if (piece.length > MAX_MEMO_PIECE_LENGTH) return this.countPiece(piece);
    const known = this.memo.get(piece);
    if (known !== undefined) return known;
    const tokens = this.countPiece(piece);
    if (this.memo.size >= this.maxEntries) this.memo.clear();
    this.memo.set(piece, tokens);
    return tokens;
  }
}

/** Longest first, so at any position the longest added token wins, as the tokenizer's own splitter does. */
function addedTokensPattern(addedTokens: readonly string[]): RegExp {
  const longestFirst = [...addedTokens].sort((a, b) => b.length - a.length);
  return new RegExp(longestFirst.map((token) => token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
}
