// The one rule for costly commands: above $1 of estimated worst-case spend, nothing is sent without --yes.

import { ConfigError } from "../core/errors.ts";

const CONFIRM_ABOVE_USD = 1;

/** `what` names the work ("this probe"), `instead` the cheaper way out ("lower --max"). */
export function requireYesAboveLimit(worstCaseUsd: number, yes: boolean, what: string, instead: string): void {
  if (worstCaseUsd > CONFIRM_ABOVE_USD && !yes) {
    throw new ConfigError(`${what} could cost up to $${worstCaseUsd.toFixed(2)}; pass --yes to go ahead, or ${instead}`, "--yes");
  }
}
