import { beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { seededRandom } from "../core/random.ts";
import type { Tokenizer } from "../tokenizers/tokenizer.ts";
import { loadTokenizer } from "../tokenizers/tokenizer-registry.ts";
import { LEGIT_REPETITION_CORPUS, MORE_PROSE, PLAIN_PROSE } from "./legit-repetition-corpus.ts";
import { LoopDetector, type LoopDetectorOptions } from "./loop-detector.ts";
import type { LoopVerdict } from "./loop-verdict.ts";
import { PATHOLOGICAL_LOOP_CORPUS } from "./pathological-loop-corpus.ts";
import type { RepetitionAllowance } from "./repetition-request.ts";

/** Streams `text` in irregular deltas of 1..maxDelta characters, stopping at the first verdict as the runner would. */
function stream(text: string, seed: number, options?: LoopDetectorOptions, maxDelta = 20, allowance?: RepetitionAllowance): { verdict?: LoopVerdict; pushed: number } {
  const detector = new LoopDetector(options, allowance);
  const random = seededRandom(seed);
  let pushed = 0;
  while (pushed < text.length) {
    const size = 1 + Math.floor(random() * maxDelta);
    const verdict = detector.push(text.slice(pushed, pushed + size));
    pushed = Math.min(text.length, pushed + size);
    if (verdict) return { verdict, pushed };
  }
  return { pushed };
}

let o200k: Tokenizer;
beforeAll(async () => {
  o200k = await loadTokenizer("o200k");
});

describe("LoopDetector on 'The reason The reason ...'", () => {
  const prefix = "The bridge failed for several reasons, and the first one matters most. ";
  const looping = prefix + "The reason ".repeat(Math.ceil(80_000 / 11));

  it("stops the stream within 300 tokens of the loop's onset, whatever the delta sizes", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { verdict, pushed } = stream(looping, seed);
      expect(verdict).toMatchObject({ kind: "exact", onsetChar: prefix.length, period: "The reason ", periodChars: 11 });
      expect(o200k.count(looping.slice(prefix.length, pushed))).toBeLessThanOrEqual(300);
      expect(verdict!.repeats).toBe(Math.floor((verdict!.detectedAtChar - prefix.length) / 11));
    }
  });

  it("gives the same verdict for one huge delta, single characters, and irregular deltas", () => {
    const whole = new LoopDetector().push(looping);
    const single = new LoopDetector();
    let bySingle: LoopVerdict | undefined;
    for (const char of looping) if ((bySingle = single.push(char))) break;
    expect(whole).toBeDefined();
    expect(bySingle).toEqual(whole);
    expect(stream(looping, 99).verdict).toEqual(whole);
  });

  it("keeps answering with its verdict once it has one", () => {
    const detector = new LoopDetector();
    const verdict = detector.push(looping.slice(0, 2000));
    expect(verdict).toBeDefined();
    expect(detector.push("anything else")).toBe(verdict);
  });

  it("finds the exact onset after a long stream, far beyond what it keeps", () => {
    const normal = LEGIT_REPETITION_CORPUS.map((t) => t.text).join("\n\n");
    expect(normal.length).toBeGreaterThan(30_000);
    const { verdict } = stream(`${normal}\n\n${"The reason ".repeat(200)}`, 5);
    expect(verdict).toMatchObject({ onsetChar: normal.length + 2, period: "The reason " });
  });
});

describe("LoopDetector on the pathological corpus", () => {
  it("holds loops of every kind", () => {
    const kinds = PATHOLOGICAL_LOOP_CORPUS.map((sample) => sample.kind);
    for (const kind of ["exact", "counter", "near"] as const) expect(kinds.filter((k) => k === kind).length).toBeGreaterThanOrEqual(2);
  });

  for (const sample of PATHOLOGICAL_LOOP_CORPUS) {
    it(`stops "${sample.name}" as ${sample.kind}, with its onset, within 300 tokens (plus one unit when it is longer)`, () => {
      const unitTokens = o200k.count(sample.text.slice(sample.onsetChar, sample.onsetChar + sample.periodChars));
      for (const seed of [1, 2, 3]) {
        const { verdict, pushed } = stream(sample.text, seed);
        expect(verdict, "never fired").toBeDefined();
        expect(verdict!.kind).toBe(sample.kind);
        expect(Math.abs(verdict!.onsetChar - sample.onsetChar)).toBeLessThanOrEqual(sample.periodChars);
        const past = o200k.count(sample.text.slice(sample.onsetChar, pushed));
        expect(past).toBeLessThanOrEqual(unitTokens > 150 ? 300 + unitTokens : 300);
        if (sample.kind === "exact") {
          expect(verdict!.periodChars).toBe(sample.periodChars);
          expect(sample.text.slice(verdict!.onsetChar).startsWith(verdict!.period)).toBe(true);
        }
      }
    });
  }

  it("reports the unit as text: exact here, never a split emoji, clipped to 200 characters", () => {
    const byName = (name: string) => stream(PATHOLOGICAL_LOOP_CORPUS.find((s) => s.name === name)!.text, 1).verdict!;
    expect(byName("apology forever").period).toBe("I'm sorry. ");
    expect(byName("counting stuck on one number").period).toBe("45, ");
    expect(byName("code line repeated").period).toBe("  result += items[0].price;\n");
    expect(byName("emoji flood").period).toBe("😂");
    const long = byName("long paragraph repeated");
    expect(long.periodChars).toBeGreaterThan(1000);
    expect(long.period).toBe(PLAIN_PROSE.slice(0, 200));
    expect(byName("status list with a counter").period).toBe("- Check 1: the build is still running, I will look again in one minute.\n");
  });

  it("stops a 4,000-character paragraph within 300 tokens of its second copy's start", () => {
    const sample = PATHOLOGICAL_LOOP_CORPUS.find((s) => s.name === "4,000-character paragraph repeated")!;
    expect(sample.periodChars).toBeGreaterThan(4000);
    const { verdict, pushed } = stream(sample.text, 4);
    expect(verdict).toMatchObject({ kind: "exact", onsetChar: sample.onsetChar, periodChars: sample.periodChars });
    expect(o200k.count(sample.text.slice(sample.onsetChar + sample.periodChars, pushed))).toBeLessThanOrEqual(300);
  });

  it("sees units of up to 10,000 characters, and not beyond", () => {
    const random = seededRandom(3);
    const words = ["tide", "harbour", "signal", "ledger", "copper", "meadow", "lantern", "quarry", "orchard", "ferry", "granite", "willow"];
    const unit = Array.from({ length: 1500 }, () => words[Math.floor(random() * words.length)]).join(" ").slice(0, 9000);
    expect(new LoopDetector().push(unit.repeat(3))).toMatchObject({ kind: "exact", periodChars: 9000 });
    expect(new LoopDetector({ maxPeriodChars: 8000 }).push(unit.repeat(3))).toBeUndefined();
  });
});

describe("LoopDetector on legitimate repetition", () => {
  it("holds at least 40 texts", () => {
    expect(LEGIT_REPETITION_CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  for (const { name, text } of LEGIT_REPETITION_CORPUS) {
    it(`lets "${name}" stream to its end`, () => {
      for (const seed of [1, 2]) expect(stream(text, seed).verdict).toBeUndefined();
      expect(new LoopDetector().push(text)).toBeUndefined();
    });
  }

  it("lets the whole corpus through as one long answer", () => {
    expect(stream(LEGIT_REPETITION_CORPUS.map((t) => t.text).join("\n\n"), 7, undefined, 200).verdict).toBeUndefined();
  });
});

describe("LoopDetector and a request for repetition", () => {
  const line = "I will check my sources before I publish.\n";

  it("lets the copies asked for through, and stops a loop that goes on past them", () => {
    expect(stream(line.repeat(50), 1).verdict).toBeDefined();
    expect(stream(line.repeat(50), 1, undefined, 20, { copies: 50 }).verdict).toBeUndefined();
    const { verdict, pushed } = stream(line.repeat(500), 1, undefined, 20, { copies: 50 });
    expect(verdict).toMatchObject({ kind: "exact", onsetChar: 0, allowedRepeats: 50 });
    expect(pushed / line.length).toBeGreaterThan(51);
    expect(pushed / line.length).toBeLessThan(54);
  });

  it("counts rows for a unit spanning a line and cells for a smaller one", () => {
    const row = `${Array(20).fill("0").join(" & ")} \\\\\n`;
    expect(stream(row.repeat(20), 2, undefined, 20, { copies: 20, cells: 400 }).verdict).toBeUndefined();
    expect(stream(row.repeat(60), 2, undefined, 20, { copies: 20, cells: 400 }).verdict).toMatchObject({ allowedRepeats: 20 });
    expect(stream("0, ".repeat(400), 2, undefined, 20, { copies: 20, cells: 400 }).verdict).toBeUndefined();
  });
});

describe("LoopDetector thresholds", () => {
  const after = (tail: string, options?: LoopDetectorOptions) => new LoopDetector(options).push(`Results\n${tail}`);

  it("lets a run narrower than minLoopChars pass (a grid, a rule), counting Chinese characters and emoji twice", () => {
    expect(after("=".repeat(160) + "\nok")).toBeUndefined();
    expect(after("=".repeat(464))).toMatchObject({ onsetChar: 8, period: "=", periodChars: 1 });
    const zeroRow = "    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],\n";
    expect(after(zeroRow.repeat(10) + "]")).toBeUndefined();
    expect(after(zeroRow.repeat(14))).toMatchObject({ period: zeroRow });
    expect(after("好".repeat(199) + "\nok")).toBeUndefined();
    expect(after("好".repeat(260))).toMatchObject({ period: "好" });
  });

  it("needs minRepeats whole copies of a short unit, and secondCopyTokens of a long one's second copy", () => {
    const unit = PLAIN_PROSE.slice(0, 400);
    expect(after(unit.repeat(2) + "\nThe end.")).toBeUndefined();
    expect(after(unit.repeat(3) + unit.slice(0, 64))).toMatchObject({ onsetChar: 8, periodChars: 400, repeats: 3 });
    const long = PLAIN_PROSE.slice(0, 1200);
    expect(after(long + long.slice(0, 500) + "\nThe end.")).toBeUndefined();
    expect(after(long + long.slice(0, 900))).toMatchObject({ onsetChar: 8, periodChars: 1200, repeats: 1 });
  });

  it("reports the smallest unit, not a multiple of it", () => {
    expect(after("ab".repeat(1000))).toMatchObject({ period: "ab", periodChars: 2 });
  });

  it("waits longer for a counter loop than for a verbatim one, and only stops one in prose", () => {
    const counted = (i: number) => `- Poll ${i}: the job is still waiting in the queue.\n`;
    const text = (n: number) => Array.from({ length: n }, (_, i) => counted(i + 1)).join("");
    expect(after(counted(7).repeat(30))).toMatchObject({ kind: "exact" });
    expect(after(text(15))).toBeUndefined();
    expect(after(text(40))).toMatchObject({ kind: "counter", period: counted(1) });
    const row = (i: number) => `| ${i} | waiting | queue |\n`;
    expect(after(Array.from({ length: 200 }, (_, i) => row(i)).join(""))).toBeUndefined();
  });

  it("follows its options: a lower minLoopTokens stops a shorter run", () => {
    const options = { minLoopTokens: 20, minLoopChars: 100, checkEveryChars: 1 };
    expect(new LoopDetector(options).push("Go! ".repeat(24))).toBeUndefined();
    expect(new LoopDetector(options).push("Go! ".repeat(26))).toMatchObject({ detectedAtChar: 100, repeats: 25 });
  });

  it("rejects options it cannot honour with a ConfigError", () => {
    const bad: LoopDetectorOptions[] = [{ minRepeats: 1 }, { maxPeriodChars: 0 }, { checkEveryChars: 0 }, { minLoopTokens: 0 }, { nearMinSentences: 2.5 }];
    for (const options of bad) expect(() => new LoopDetector(options)).toThrow(ConfigError);
    expect(new LoopDetector({ minRepeats: undefined }).push("=".repeat(900))).toBeDefined();
  });
});
