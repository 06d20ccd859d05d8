// Claims are checked against the targets that serve their subject: a claim set none of the --model targets serves
// would spend a whole battery and then report every claim "not tested", so it is refused before anything is sent.

import type { ClaimSet } from "../core/claim.ts";
import { ConfigError } from "../core/errors.ts";
import type { TargetSpec } from "../core/target.ts";
import { matchesSubject } from "../claims/evidence.ts";

export function requireClaimTargets(claims: ClaimSet, targets: readonly Pick<TargetSpec, "id" | "provider" | "model">[]): void {
  const testable = claims.claims.filter((claim) => claim.kind !== "untestable");
  const served = targets.some((t) => testable.some((claim) => matchesSubject(claim.subject, { targetId: t.id, provider: t.provider, model: t.model })));
  if (testable.length === 0 || served) return;
  const subjects = [...new Set(testable.map((claim) => claim.subject.model))].join(", ");
  throw new ConfigError(`no --model is the subject of these claims (${subjects}); name a target serving it`, "--model");
}
