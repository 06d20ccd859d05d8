import { describe, expect, it } from "vitest";
import { runState, runStateLabel } from "./run-lease.ts";

describe("runState", () => {
  it("reads a running run as gone once its lease lapsed or when it has none, and leaves other statuses alone", () => {
    const lease = { expiresAt: 5000 };
    expect(runState("running", lease, 4999)).toBe("running");
    expect(runState("running", lease, 5000)).toBe("process_gone");
    expect(runState("running", undefined, 0)).toBe("process_gone");
    expect(runState("completed", undefined, 0)).toBe("completed");
    expect(runState("interrupted", lease, 9999)).toBe("interrupted");
    expect(runStateLabel("process_gone")).toBe("interrupted (process gone)");
    expect(runStateLabel("budget_exhausted")).toBe("budget_exhausted");
  });
});
