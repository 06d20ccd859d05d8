import { describe, expect, it } from "vitest";
import { parsePairwiseVerdict, type PairwiseVerdict } from "./pairwise-verdict.ts";

const READABLE: [string, PairwiseVerdict][] = [
  ["Both are fine but A is tighter.\nWINNER: A", "A"],
  ["WINNER: B", "B"],
  ["WINNER: TIE", "tie"],
  ["winner: b", "B"],
  ["**WINNER: A**", "A"],
  ["**Winner:** B", "B"],
  ["- Winner: `A`", "A"],
  ["### Final verdict: Tie.", "tie"],
  ["WINNER: Answer B", "B"],
  ["WINNER: Assistant A is better than assistant B", "A"],
  ["WINNER: A (B rambles)", "A"],
  ["WINNER: B, because it cites the source", "B"],
  ["WINNER: A over B", "A"],
  ["WINNER:\n\n**B**", "B"],
  ["WINNER: [[B]]", "B"],
  ["Verdict: It's a tie.", "tie"],
  ["WINNER: neither", "tie"],
  ["WINNER：A", "A"],
  ["Analysis...\nGANADOR: Respuesta B", "B"],
  ["GANADOR: empate", "tie"],
  ["Gagnant : égalité", "tie"],
  ["Gewinner: Unentschieden", "tie"],
  ["获胜者：回答A", "A"],
  ["First draft says WINNER: A? No.\nWINNER: A\nOn reflection:\nWINNER: B", "B"],
  ["Assistant B follows the instructions.\n\n[[B]]", "B"],
  ['Output "[[A]]", "[[B]]" or "[[C]]".\nMy verdict: [[C]]', "tie"],
  ["[[tie]]", "tie"],
  ["WINNER: A\n\n[[A]]", "A"],
];

const UNREADABLE: string[] = [
  "",
  "I prefer the first one.",
  "Answer A is better.",
  "WINNER: A or B",
  "WINNER: A/B",
  "WINNER: A and B",
  "WINNER: tie or B",
  "WINNER: A, B",
  "WINNER: both",
  "WINNER: about even",
  "WINNER: bueno",
  "WINNER: C",
  "WINNER:",
  "WINNER: A\n[[B]]",
  "[[A]] vs [[B]]",
  'Output "[[A]]", "[[B]]" or "[[C]]".',
  "The winner: A",
];

describe("parsePairwiseVerdict", () => {
  it.each(READABLE)("reads %j as %s", (reply, verdict) => {
    expect(parsePairwiseVerdict(reply)).toBe(verdict);
  });

  it.each(UNREADABLE)("leaves %j unscored", (reply) => {
    expect(parsePairwiseVerdict(reply)).toBeUndefined();
  });
});
