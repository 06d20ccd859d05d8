import { describe, expect, it } from "vitest";
import { SerialQueue, untilAborted } from "./serial-queue.ts";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("SerialQueue", () => {
  it("runs one task at a time, in the order they came", async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all(["a", "b", "c"].map((name) => queue.run(task(name))));
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("lets a request aborted while it waits leave at once, and keeps everyone else's place", async () => {
    const queue = new SerialQueue();
    const gate = deferred();
    const log: string[] = [];
    const first = queue.run(async () => {
      await gate.promise;
      log.push("first");
    });
    const controller = new AbortController();
    const second = queue.run(async () => void log.push("second"), controller.signal);
    const third = queue.run(async () => void log.push("third"));
    controller.abort(new Error("timed out"));
    await expect(second).rejects.toThrow("timed out");
    expect(log).toEqual([]);
    gate.resolve();
    await Promise.all([first, third]);
    expect(log).toEqual(["first", "third"]);
  });

  it("moves on after a task that fails", async () => {
    const queue = new SerialQueue();
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(async () => 42)).resolves.toBe(42);
  });
});

describe("untilAborted", () => {
  it("rejects at once for a signal already aborted, and passes values and errors through otherwise", async () => {
    await expect(untilAborted(Promise.resolve(1), AbortSignal.abort(new Error("stop")))).rejects.toThrow("stop");
    await expect(untilAborted(Promise.resolve(2), new AbortController().signal)).resolves.toBe(2);
    await expect(untilAborted(Promise.reject(new Error("bad")), new AbortController().signal)).rejects.toThrow("bad");
  });
});
