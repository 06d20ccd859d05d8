// Adaptive sampling's bookkeeping: each cell's successes and counted trials per target, and the samples of a cell
// still in flight, so the next trial of a cell is decided on every earlier trial's outcome, never on a partial count.

import type { Item } from "../core/item.ts";
import type { ScoredSample, Task } from "../core/task.ts";

interface CellState {
  cell: string;
  successes: number;
  trials: number;
  inFlight: number;
  waiters: (() => void)[];
}

export class AdaptiveCells {
  private readonly cells = new Map<string, CellState>();

  private state(targetId: string, task: Task, item: Item): CellState | undefined {
    if (!task.adaptive) return undefined;
    const cell = task.adaptive.cellOf(item);
    const key = `${targetId}\u0000${task.id}\u0000${cell}`;
    let state = this.cells.get(key);
    if (!state) {
      state = { cell, successes: 0, trials: 0, inFlight: 0, waiters: [] };
      this.cells.set(key, state);
    }
    return state;
  }

  /** Counts a finished sample (this session's or a stored one on resume). */
  record(targetId: string, task: Task, sample: ScoredSample): void {
    const state = this.state(targetId, task, sample.item);
    if (!state || sample.status !== "done") return;
    const success = task.adaptive!.success(sample);
    if (success === undefined) return;
    state.trials++;
    if (success) state.successes++;
  }

  /**
   * Waits for the cell's samples in flight, then says whether this one is still needed; when it is, it counts as in
   * flight until `end`. Tasks without adaptive sampling always need every sample.
   */
  async begin(targetId: string, task: Task, item: Item): Promise<boolean> {
    const state = this.state(targetId, task, item);
    if (!state) return true;
    while (state.inFlight > 0) await new Promise<void>((resolve) => state.waiters.push(resolve));
    if (state.trials > 0 && task.adaptive!.decided(state.successes, state.trials, state.cell)) return false;
    state.inFlight++;
    return true;
  }

  end(targetId: string, task: Task, item: Item): void {
    const state = this.state(targetId, task, item);
    if (!state) return;
    state.inFlight--;
    if (state.inFlight === 0) for (const wake of state.waiters.splice(0)) wake();
  }
}
