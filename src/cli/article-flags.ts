// The article command's flags (also `run article` and `plan article`): they set the parameters of the built-in suite
// data/suites/article.yaml, and say whether to probe, which claims to hold the results to and whether to go ahead.

import { parseSize } from "../families/niah/grid-spec.ts";
import type { SuiteArguments } from "../families/suite-file.ts";
import type { OptionsConfig, ParsedCommandArgs } from "./command.ts";
import { booleanFlag, commaListFlag, numberFlag, stringFlag } from "./flag-values.ts";

export const ARTICLE_OPTIONS: OptionsConfig = {
  judge: { type: "string", multiple: true },
  scale: { type: "string" },
  lengths: { type: "string", multiple: true },
  depths: { type: "string", multiple: true },
  adaptive: { type: "string", multiple: true },
  claims: { type: "string" },
  "no-probe": { type: "boolean" },
  "force-judges": { type: "boolean" },
  "probe-ceiling": { type: "string" },
};

export interface ArticleFlags {
  suite: SuiteArguments;
  judges: string[];
  claims?: string;
  probe: boolean;
  /** The context probe's largest prompt, when given (--probe-ceiling, e.g. 512k). */
  probeCeiling?: number;
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
  return { suite: { scale: stringFlag(values, "scale"), parameters }, judges, claims: stringFlag(values, "claims"), probe: !booleanFlag(values, "no-probe"), probeCeiling: sizeFlag(values, "probe-ceiling") };
}

function sizeFlag(values: ParsedCommandArgs["values"], name: string): number | undefined {
  const text = stringFlag(values, name);
  return text === undefined ? undefined : parseSize(text, `--${name}`);
}
