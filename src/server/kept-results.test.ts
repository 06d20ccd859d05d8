import { describe, expect, it } from "vitest";
import { KeptResults } from "./kept-results.ts";

describe("KeptResults", () => {
  it("shares one result per key and drops the oldest past its limit", async () => {
    const kept = new KeptResults<string>(2);
    let made = 0;
    const make = (value: string) => () => (made++, Promise.resolve(value));
    await Promise.all([kept.get("a", make("a")), kept.get("a", make("a2"))]);
    expect(made).toBe(1);
    await kept.get("b", make("b"));
    await kept.get("c", make("c"));
    await expect(kept.get("b", make("b2"))).resolves.toBe("b");
    await expect(kept.get("a", make("a3"))).resolves.toBe("a3");
    expect(made).toBe(4);
  });

  it("drops a failed result and one its keeper turns down, so the next ask starts again", async () => {
    const kept = new KeptResults<number | undefined>(4);
    await expect(kept.get("x", () => Promise.reject(new Error("unreadable")))).rejects.toThrow("unreadable");
    await expect(kept.get("x", () => Promise.resolve(1))).resolves.toBe(1);
    await kept.get("y", () => Promise.resolve(undefined), (value) => value !== undefined);
    await expect(kept.get("y", () => Promise.resolve(2))).resolves.toBe(2);
    await expect(kept.get("y", () => Promise.resolve(3))).resolves.toBe(2);
  });

  it("lets a make that throws at once throw, keeping nothing", async () => {
    const kept = new KeptResults<number>(4);
    expect(() => kept.get("z", () => { throw new Error("busy"); })).toThrow("busy");
    await expect(kept.get("z", () => Promise.resolve(5))).resolves.toBe(5);
  });
});
