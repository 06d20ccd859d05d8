// Dresses an answer in the habits style metrics look for: filler padding, exclamations, emoji, markdown.
// Draws come from a per-request seeded generator, so the same request is always styled the same way.

import type { StyleSettings } from "./compile-profile.ts";

const EMOJI = ["🚀", "✨", "🎉", "😊", "💡", "🔥", "👍", "🌟", "✅", "🙌"];
const OPENERS = [
  "Great question!",
  "What a fantastic thing to ask.",
  "Absolutely, I'm so happy to help with this.",
  "Ooh, I love this one.",
  "Let's dive right in.",
];
const CLOSERS = [
  "I hope this helps.",
  "Let me know if you have any other questions.",
  "Isn't that fascinating?",
  "Happy exploring, and keep those great questions coming.",
  "You've totally got this.",
];

export function applyStyle(text: string, style: StyleSettings, random: () => number): string {
  // Lines stay lines: a closing "ANSWER: 42" keeps its own line, dressed like the rest.
  const lines = text.split("\n").map((line) => line.split(/(?<=[.!?])\s+/u).filter((sentence) => sentence.length > 0));
  const openers: string[] = [];
  const closers: string[] = [];
  for (let i = 0; i < style.verbosity; i++) {
    if (i % 2 === 0) openers.unshift(pick(OPENERS, random));
    else closers.push(pick(CLOSERS, random));
  }
  if (openers.length > 0) lines.unshift(openers, []);
  if (closers.length > 0) lines.push([], closers);
  for (const sentences of lines) {
    for (let i = 0; i < sentences.length; i++) {
      let sentence = sentences[i] ?? "";
      if (style.exclamations > 0 && sentence.endsWith(".") && random() < style.exclamations) sentence = `${sentence.slice(0, -1)}!`;
      const emoji = Math.floor(style.emojiRate) + (random() < style.emojiRate % 1 ? 1 : 0);
      for (let e = 0; e < emoji; e++) sentence += ` ${pick(EMOJI, random)}`;
      sentences[i] = sentence;
    }
  }
  if (!style.markdown) return lines.map((sentences) => sentences.join(" ")).join("\n");
  const [lead = "", ...rest] = lines.flat();
  const bullets = rest.length > 0 ? `\n\n### Key points\n\n${rest.map((sentence) => `- ${sentence}`).join("\n")}` : "";
  return `## Answer\n\n**${lead}**${bullets}`;
}

function pick(list: readonly string[], random: () => number): string {
  return list[Math.floor(random() * list.length)] ?? "";
}
