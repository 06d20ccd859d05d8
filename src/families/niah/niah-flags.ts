// niah's command-line flags: derived from its options, with the review's names kept (`--needle KIND`, `--needles N`)
// and one --haystack that takes a kind or a file of your own.

import { resolve } from "node:path";
import { adaptiveFlags } from "../adaptive-option.ts";
import { deriveFlags, lastString } from "../family-flags.ts";
import { niahOptionsSchema } from "./niah-options.ts";

const GENERATED_HAYSTACKS = new Set(["prose", "noise", "distractor"]);

export const niahFlags = deriveFlags(niahOptionsSchema, {
  names: { needles: "needle", needleCount: "needles" },
  // The run's --max-output-tokens caps answers; haystack and adaptive have flags of their own below.
  omit: ["maxOutputTokens", "haystack", "haystackFile", "adaptive"],
  custom: [
    {
      name: "haystack",
      type: "string",
      description: "prose | noise | distractor, or a text file of your own (read in chunks, never whole)",
      options: ["haystack", "haystackFile"],
      apply(values, cwd) {
        const haystack = lastString(values, "haystack");
        if (haystack === undefined) return {};
        return GENERATED_HAYSTACKS.has(haystack) ? { haystack } : { haystack: "file", haystackFile: resolve(cwd, haystack) };
      },
    },
    ...adaptiveFlags,
  ],
});
