// The article command's flags (also `run article` and `plan article`): they set the parameters of the built-in suite
// data/suites/article.yaml, and say whether to probe, which claims to hold the results to and whether to go ahead.

import type { SuiteArguments } from "../families/suite-file.ts";
import type { OptionGroup, OptionsConfig, ParsedCommandArgs } from "./command.ts";
import { booleanFlag, commaListFlag, numberFlag, stringFlag } from "./flag-values.ts";

export const ARTICLE_OPTIONS: OptionsConfig = {
  judge: { type: "string", multiple: true },
  scale: { type: "string" },
  lengths: { type: "string", multiple: true },
  depths: { type: "string", multiple: true },
  adaptive: { type: "string", multiple: true },
  claims: { type: "string" },
  yes: { type: "boolean" },
  "no-probe": { type: "boolean" },
  "force-judges": { type: "boolean" },
};

export const ARTICLE_GROUP: OptionGroup = {
  title: "article options (the review's battery, data/suites/article.yaml)",
  flags: [
    { name: "judge", description: "judges for writing, longform and refusal (refusal takes the first): config target names or provider:model; repeat or comma list" },
    { name: "scale", description: "quick | standard | full (default standard): how big each part of the battery is" },
    { name: "lengths", description: "the long-context sweep's lengths instead of the scale's (e.g. 8k,85k,300k,1m)" },
    { name: "depths", description: "the long-context sweep's depths instead of the scale's (e.g. 0..100:25)" },
    { name: "adaptive", description: "adaptive sampling of the long-context sweep against this accuracy (e.g. 0.85)" },
    { name: "claims", description: "hold the results to a built-in claim set (llama-4-scout, llama-4-maverick, demo-sim) or a claim file (YAML)" },
    { name: "yes", description: "go ahead even when the worst-case cost is above $1" },
    { name: "no-probe", description: "skip the context probe of each host" },
    { name: "force-judges", description: "let a judge grade its own maker's models (a known bias; the run records it)" },
  ],
};

export interface ArticleFlags {
  suite: SuiteArguments;
  judges: string[];
  claims?: string;
  probe: boolean;
  yes: boolean;
}

/** The flags as suite arguments (a flag not given leaves the suite's own value) and the command's own choices. */
export function articleFlags(values: ParsedCommandArgs["values"]): ArticleFlags {
  const judges = commaListFlag(values, "judge");
  const adaptive = numberFlag(values, "adaptive", { min: 0.001, max: 0.999 });
  const parameters = {
    judges,
    judge: judges[0],
    forceJudges: booleanFlag(values, "force-judges") || undefined,
    adaptive: adaptive === undefined ? undefined : { threshold: adaptive },
    lengths: stringFlag(values, "lengths"),
    depths: stringFlag(values, "depths"),
  };
  return { suite: { scale: stringFlag(values, "scale"), parameters }, judges, claims: stringFlag(values, "claims"), probe: !booleanFlag(values, "no-probe"), yes: booleanFlag(values, "yes") };
}
