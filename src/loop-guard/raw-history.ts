// The last stretch of a streamed response exactly as received, kept so a loop's onset and unit can be shown as the
// model wrote them. Absolute positions; amortised O(1) per character; memory at most twice the history.

const NO_CHARS = new Uint16Array(0);
const INITIAL_CHARS = 256;

export class RawHistory {
  readonly #history: number;
  /** Allocated on the first append; a shared empty buffer until then. */
  #buffer = NO_CHARS;
  #start = 0;
  #end = 0;

  constructor(historyChars: number) {
    this.#history = historyChars;
  }

  /** Absolute position of the oldest character kept. */
  get start(): number {
    return this.#start;
  }

  /** Characters received so far. */
  get length(): number {
    return this.#start + this.#end;
  }

  charAt(position: number): number {
    return this.#buffer[position - this.#start]!;
  }

  /** The text between two absolute positions, clipped to what is kept. */
  slice(from: number, to: number): string {
    const begin = Math.max(from, this.#start) - this.#start;
    const end = Math.min(to, this.length) - this.#start;
    return begin < end ? String.fromCharCode(...this.#buffer.subarray(begin, end)) : "";
  }

  append(text: string, from: number, count: number): void {
    if (this.#end + count > this.#buffer.length) this.#makeRoom(count);
    const buffer = this.#buffer;
    let end = this.#end;
    for (let i = from; i < from + count; i++) buffer[end++] = text.charCodeAt(i);
    this.#end = end;
  }

  #makeRoom(count: number): void {
    const capacity = 2 * this.#history;
    if (this.#buffer.length < capacity) {
      const grown = new Uint16Array(Math.min(capacity, Math.max(INITIAL_CHARS, 2 * this.#buffer.length, this.#end + count)));
      grown.set(this.#buffer.subarray(0, this.#end));
      this.#buffer = grown;
      if (this.#end + count <= grown.length) return;
    }
    const drop = this.#end - this.#history;
    this.#buffer.copyWithin(0, drop, this.#end);
    this.#start += drop;
    this.#end -= drop;
  }
}
