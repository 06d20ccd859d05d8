// The writing families' judge panel: resolves the judges named in the options and refuses a judge that would grade
// its own maker's models unless forced, returning the allowed pairs so the run records them.

import { ConfigError } from "../../core/errors.ts";
import type { JudgeModel } from "../../core/judge.ts";
import type { TargetSpec } from "../../core/target.ts";
import { modelVendor } from "../../judging/model-vendor.ts";
import type { BuildContext } from "../task-family.ts";

export interface JudgePanel {
  judges: JudgeModel[];
  /** "judge X (maker) grades Y" for every forced same-maker pair. */
  selfJudged: string[];
}

export function judgePanel(refs: readonly string[], forceJudges: boolean, context: BuildContext): JudgePanel {
  if (refs.length > 0 && !context.judge) throw new ConfigError("no judge can be called here", "judges");
  const judges = refs.map((ref) => context.judge!(ref));
  const selfJudged = sameMaker(judges, context.targets ?? []);
  if (selfJudged.length > 0 && !forceJudges) {
    throw new ConfigError(`${selfJudged[0]}: a judge never grades its own maker's models (--force-judges allows it, and the run records it)`, "--judge");
  }
  return { judges, selfJudged };
}

function sameMaker(judges: readonly JudgeModel[], targets: readonly TargetSpec[]): string[] {
  const pairs: string[] = [];
  for (const judge of judges) {
    const maker = modelVendor(judge.model, judge.vendor);
    for (const target of targets) {
      if (maker && maker === modelVendor(target.model, target.vendor)) pairs.push(`judge ${judge.id} (${maker}) grades ${target.id}`);
    }
  }
  return pairs;
}
