// The niah prompt: the document first, then instructions and the question in the needle's language, so the
// question is the last thing the model reads. Asks for a final `ANSWER:` line, the part the scorer trusts.

import { languagePack } from "./language-pack.ts";
import type { NeedleSet } from "./needle-set.ts";

export interface NiahPrompt {
  system?: string;
  user: string;
}

/** `document` is the haystack with the needles already placed (see placeNeedles). */
export function niahPrompt(document: string, set: NeedleSet): NiahPrompt {
  const { prompt } = languagePack(set.language);
  const instructions = set.kind === "multi" ? `${prompt.instructions} ${prompt.multi}` : prompt.instructions;
  return { user: `<document>\n${document}\n</document>\n\n${instructions}\n\n${prompt.question} ${set.question}` };
}
