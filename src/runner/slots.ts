// A counting semaphore: at most `size` holders at once, the rest served in the order they asked. A queue worker holds
// one of a target's slots per sample in flight, so a target's concurrency holds in each worker as it does in a run.

export class Slots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async acquire(): Promise<void> {
    if (this.held < this.size) {
      this.held++;
      return;
    }
    // The releaser hands its slot straight over, so `held` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}
