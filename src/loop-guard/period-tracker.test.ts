import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { NormalizedText } from "./normalized-text.ts";
import { PeriodTracker } from "./period-tracker.ts";

function track(raw: string, maxPeriod = 10_000): { text: NormalizedText; tracker: PeriodTracker } {
  const text = new NormalizedText(maxPeriod + 4096);
  const tracker = new PeriodTracker(text, maxPeriod);
  for (let i = 0; i < raw.length; i++) {
    const before = text.length;
    text.push(raw.charCodeAt(i), i);
    for (let index = before; index < text.length; index++) tracker.consume(index);
  }
  return { text, tracker };
}

/** Made-up words of 3 to 8 letters: text in which a 16-character stretch seldom comes twice by chance. */
const randomWords = (count: number, seed: number) => {
  const random = seededRandom(seed);
  const word = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join("");
  return Array.from({ length: count }, word).join(" ");
};

describe("PeriodTracker", () => {
  it("follows the run of a repeated unit from its second copy on", () => {
    const prefix = randomWords(100, 1) + ". ";
    const { tracker } = track(prefix + "the reason ".repeat(20));
    const run = tracker.runs.find((r) => r.period === 11)!;
    // The space before the loop matches the unit's last character, so the run reaches one character back.
    expect(run.matchStart).toBe(prefix.length + 11 - 1);
    expect(run.exactStart).toBe(run.matchStart);
  });

  it("finds a unit of 8,000 characters as soon as its second copy has gone on for an anchor or so", () => {
    const unit = randomWords(1600, 2).slice(0, 8000) + " ";
    const { tracker } = track(unit + unit.slice(0, 40));
    expect(tracker.runs.map((r) => r.period)).toContain(unit.length);
  });

  it("marks where the digits stopped changing", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `poll ${i}: still waiting for the build.\n`).join("") + "poll 9: still waiting for the build.\n".repeat(5);
    const { tracker, text } = track(lines);
    const period = "poll #: still waiting for the build.\n".length;
    const run = tracker.runs.find((r) => r.period === period)!;
    expect(run.matchStart).toBeLessThan(run.exactStart);
    // From just after the last digits that changed ("poll 9" following "poll 8"): the last six lines are alike.
    expect(text.length - run.exactStart).toBeLessThan(6 * period);
    expect(text.length - run.exactStart).toBeGreaterThan(5 * period);
  });

  it("drops a run at the first character that breaks it, and follows at most 8", () => {
    const { tracker } = track("abcabcabcabcabcabcabcabcabcabcx" + randomWords(50, 3));
    expect(tracker.runs.every((r) => r.period !== 3)).toBe(true);
    expect(track(randomWords(5000, 4)).tracker.runs.length).toBeLessThanOrEqual(8);
  });
});
