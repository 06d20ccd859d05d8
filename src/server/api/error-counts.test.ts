import { describe, expect, it } from "vitest";
import { errorCounts } from "./error-counts.ts";

describe("errorCounts", () => {
  it("puts error samples beside failed attempts per target and kind, sample-ending kinds first", () => {
    const samples = [
      { targetId: "b", errorKind: "server_error", samples: 4 },
      { targetId: "a", errorKind: null, samples: 1 },
    ];
    const attempts = [
      { targetId: "b", errorKind: "rate_limited", attempts: 4 },
      { targetId: "b", errorKind: "server_error", attempts: 5 },
      { targetId: "b", errorKind: "timeout", attempts: 7 },
    ];
    expect(errorCounts(samples, attempts)).toEqual([
      { targetId: "a", errorKind: "unknown", samples: 1, attempts: 0 },
      { targetId: "b", errorKind: "server_error", samples: 4, attempts: 5 },
      { targetId: "b", errorKind: "timeout", samples: 0, attempts: 7 },
      { targetId: "b", errorKind: "rate_limited", samples: 0, attempts: 4 },
    ]);
  });
});
