import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/errors.ts";
import { seededRandom } from "../core/random.ts";
import { LEGIT_REPETITION_CORPUS, PLAIN_PROSE } from "./legit-repetition-corpus.ts";
import { DEFAULT_LOOP_DETECTOR_OPTIONS, LoopDetector, type LoopDetectorOptions, type LoopVerdict } from "./loop-detector.ts";
import { PATHOLOGICAL_LOOP_CORPUS } from "./pathological-loop-corpus.ts";

/** Streams `text` in irregular deltas of 1..maxDelta characters, stopping at the first verdict as the runner would. */
function stream(text: string, seed: number, options?: LoopDetectorOptions, maxDelta = 20): { verdict?: LoopVerdict; pushed: number } {
  const detector = new LoopDetector(options);
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

const { minRepeats, minLoopChars, checkEveryChars } = DEFAULT_LOOP_DETECTOR_OPTIONS;
const tokens = (chars: number) => chars / 4;

describe("LoopDetector on 'The reason The reason ...'", () => {
  const prefix = "The bridge failed for several reasons, and the first one matters most. ";
  const looping = prefix + "The reason ".repeat(Math.ceil(80_000 / 11));

  it("stops the stream within 300 tokens of the loop's onset, whatever the delta sizes", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { verdict, pushed } = stream(looping, seed);
      expect(verdict).toMatchObject({ onsetChar: prefix.length, period: "The reason ", periodChars: 11 });
      expect(tokens(verdict!.detectedAtChar - prefix.length)).toBeLessThanOrEqual(300);
      expect(tokens(pushed - prefix.length)).toBeLessThanOrEqual(300);
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
  it("holds at least 10 loops", () => {
    expect(PATHOLOGICAL_LOOP_CORPUS.length).toBeGreaterThanOrEqual(10);
  });

  for (const sample of PATHOLOGICAL_LOOP_CORPUS) {
    it(`stops "${sample.name}" with its onset and unit`, () => {
      for (const seed of [1, 2, 3]) {
        const { verdict } = stream(sample.text, seed);
        expect(verdict, "never fired").toBeDefined();
        expect(verdict!.periodChars).toBe(sample.periodChars);
        expect(Math.abs(verdict!.onsetChar - sample.onsetChar)).toBeLessThanOrEqual(sample.periodChars);
        expect(verdict!.detectedAtChar).toBeGreaterThan(sample.onsetChar);
        // Fired at the first check after the run qualified: latency is bounded by the thresholds, not by luck.
        const need = Math.max(minRepeats * sample.periodChars, minLoopChars);
        expect(verdict!.detectedAtChar - sample.onsetChar).toBeLessThan(need + checkEveryChars);
        expect(sample.text.slice(verdict!.onsetChar).startsWith(verdict!.period)).toBe(true);
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
  });
});

describe("LoopDetector on legitimate repetition", () => {
  it("holds at least 30 texts", () => {
    expect(LEGIT_REPETITION_CORPUS.length).toBeGreaterThanOrEqual(30);
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

describe("LoopDetector thresholds", () => {
  const after = (tail: string) => new LoopDetector().push(`Results\n${tail}`);

  it("lets a run shorter than minLoopChars pass and stops one longer than minLoopChars + checkEveryChars", () => {
    expect(after("=".repeat(80) + "\nok")).toBeUndefined();
    expect(after("=".repeat(minLoopChars - 1) + "\nok")).toBeUndefined();
    expect(after("=".repeat(minLoopChars + checkEveryChars))).toMatchObject({ onsetChar: 8, period: "=", periodChars: 1 });
    expect(after("=".repeat(2000))).toBeDefined();
  });

  it("needs minRepeats whole copies of a long unit", () => {
    const unit = PLAIN_PROSE.slice(0, 500);
    expect(after(unit.repeat(2) + "\nThe end.")).toBeUndefined();
    expect(after(unit.repeat(3) + unit.slice(0, checkEveryChars))).toMatchObject({ onsetChar: 8, periodChars: 500, repeats: 3 });
  });

  it("reports the smallest unit, not a multiple of it", () => {
    expect(after("ab".repeat(1000))).toMatchObject({ period: "ab", periodChars: 2 });
    expect(new LoopDetector({ minPeriodChars: 2 }).push("x" + "=".repeat(1000))).toMatchObject({ period: "==", periodChars: 2 });
  });

  it("does not see units longer than maxPeriodChars", () => {
    const paragraph = PLAIN_PROSE.slice(0, 351);
    expect(new LoopDetector({ maxPeriodChars: 350 }).push(paragraph.repeat(10))).toBeUndefined();
    expect(new LoopDetector({ maxPeriodChars: 351 }).push(paragraph.repeat(10))).toMatchObject({ periodChars: 351 });
  });

  it("follows its options: a lower minLoopChars stops a shorter run", () => {
    expect(new LoopDetector({ minLoopChars: 100, checkEveryChars: 1 }).push("Go! ".repeat(24))).toBeUndefined();
    expect(new LoopDetector({ minLoopChars: 100, checkEveryChars: 1 }).push("Go! ".repeat(26))).toMatchObject({ detectedAtChar: 100, repeats: 25 });
  });

  it("rejects options it cannot honour with a ConfigError", () => {
    const bad: LoopDetectorOptions[] = [{ minRepeats: 1 }, { minPeriodChars: 0 }, { minPeriodChars: 10, maxPeriodChars: 5 }, { checkEveryChars: 0 }, { minLoopChars: 2.5 }];
    for (const options of bad) expect(() => new LoopDetector(options)).toThrow(ConfigError);
    expect(new LoopDetector({ minRepeats: undefined }).push("=".repeat(900))).toBeDefined();
  });
});
