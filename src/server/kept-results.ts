// The dashboard's caches: a few recent results of work on a run (a summary read, a worker's metrics, a compare) kept
// by key, the oldest dropped first. A result that fails, or that its keeper does not want kept, is dropped, so the
// next ask starts the work again; asks made meanwhile share the one in flight.

export class KeptResults<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly limit: number) {}

  /** The result kept under key, else make()'s, kept unless it fails or `keep` turns it down. */
  get(key: string, make: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const known = this.entries.get(key);
    if (known) return known;
    const made = make();
    this.entries.set(key, made);
    // Only this result: the key may hold a newer one by the time this settles.
    const drop = () => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    };
    made.then((value) => (keep(value) ? undefined : drop()), drop);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }
}
