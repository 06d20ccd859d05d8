// Where haystack text comes from: generated prose, repeated noise, or the user's own file, read as numbered chunks
// so a prompt of any length is a prefix of chunks, and per-chunk token counts can be cached and reused.

export interface HaystackSource {
  /** Identifies the exact text (kind, seed, file identity): the key of the per-chunk token-count cache. */
  readonly id: string;
  /** For reports, e.g. "generated prose (seed 7)" or "book.txt (52.1 MB)". */
  readonly description: string;
  /**
   * Chunk `index` (0-based): whole paragraphs ending at a sentence boundary, joined to the next chunk with "\n\n";
   * undefined past the end of a finite source. The same index always gives the same text.
   */
  chunk(index: number): string | undefined;
}
