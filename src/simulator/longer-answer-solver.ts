// The `longer-answer` solver: plays a pairwise judge with a length bias. It picks answer A with probability
// len(A) / (len(A) + len(B)), drawn from a hash of the prompt (the same prompt always gets the same verdict), so
// longer answers win most of the time but not always, as with real verbose-loving judges. Tests use it to check
// that length control removes exactly this bias.

import { fencedBlock } from "./fenced-block.ts";

export function longerAnswer(question: string): string | undefined {
  const a = fencedBlock(question, "ANSWER A");
  const b = fencedBlock(question, "ANSWER B");
  if (a === undefined || b === undefined || a.length + b.length === 0) return undefined;
  return unitHash(question) < a.length / (a.length + b.length) ? "A" : "B";
}

/** FNV-1a over the text, scaled to [0, 1). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
