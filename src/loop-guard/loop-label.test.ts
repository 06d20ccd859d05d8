import { describe, expect, it } from "vitest";
import type { LoopVerdict } from "./loop-verdict.ts";
import { describeLoop, describeRequest } from "./loop-label.ts";

const reasonLoop: LoopVerdict = { kind: "exact", onsetChar: 812, period: "The reason ", periodChars: 11, repeats: 54, detectedAtChar: 1406 };

describe("describeLoop", () => {
  it("names the kind, the onset, the unit and its copies", () => {
    expect(describeLoop(reasonLoop)).toBe('exact loop from char 812: period 11 chars "The reason " x 54');
    expect(describeLoop({ ...reasonLoop, kind: "counter", period: "- Poll 2: still PENDING.\n", periodChars: 25, allowedRepeats: 1000 })).toBe(
      'counter loop from char 812: period 25 chars "- Poll 2: still PENDING.\\n" x 54, past the 1,000 copies asked for',
    );
  });

  it("escapes line breaks and quotes and shows at most 60 characters of a long unit", () => {
    const period = 'He said "stop".\n'.repeat(12).slice(0, 200);
    const text = describeLoop({ kind: "exact", onsetChar: 12_345, period, periodChars: 1200, repeats: 3, detectedAtChar: 16_000 });
    expect(text).toBe(`exact loop from char 12,345: period 1,200 chars ${JSON.stringify(period.slice(0, 60))}… x 3`);
    expect(text).toContain('\\"stop\\".\\n');
  });

  it("never cuts an emoji in half", () => {
    const period = "a" + "😂".repeat(40);
    const text = describeLoop({ kind: "exact", onsetChar: 0, period, periodChars: 81, repeats: 10, detectedAtChar: 810 });
    expect(text).toContain(JSON.stringify("a" + "😂".repeat(29)) + "…");
    expect(text).not.toMatch(/\\ud/);
  });
});

describe("describeRequest", () => {
  it("quotes what asked and how far it lets the answer repeat", () => {
    expect(describeRequest({ asked: "write this line 50 times", copies: 50 })).toBe('"write this line 50 times" (up to 50 copies)');
    expect(describeRequest({ asked: "20x20", copies: 20, cells: 400 })).toBe('"20x20" (up to 20 copies, 400 cells)');
    expect(describeRequest({ asked: "over and over" })).toBe('"over and over" (no count: the usual limits apply)');
  });
});
