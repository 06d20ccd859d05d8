// How a prompt is counted for one model family. Counting is all long-context sizing needs, so no token ids leave here.

export interface Tokenizer {
  /** Stable name recorded with results, e.g. "o200k", "llama3", "simulator", "estimate". */
  readonly name: string;
  /** True when this is the model family's own tokenizer; false for estimates and stand-ins (llama3 counting for Llama 4). */
  readonly exact: boolean;
  count(text: string): number;
}
