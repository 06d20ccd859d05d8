// RunRecords.resolveRunId's rule, for every SQL backend: an exact id, "last"/"latest" for the newest run, or a unique
// prefix; anything else is a ConfigError naming the ref. Each backend answers the three lookups in its own SQL.

import { ConfigError } from "../core/errors.ts";

const LAST_RUN_REFS = new Set(["last", "latest"]);

export interface RunRefLookups {
  isRunId(ref: string): Promise<boolean>;
  /** The newest run's id (by creation time, then id); undefined when none is stored. */
  newestRunId(): Promise<string | undefined>;
  /** Up to six run ids starting with `prefix`, sorted: enough to name five and say there are more. */
  runIdsWithPrefix(prefix: string): Promise<string[]>;
}

export async function resolveRunRef(ref: string, lookups: RunRefLookups): Promise<string> {
  if (await lookups.isRunId(ref)) return ref;
  if (LAST_RUN_REFS.has(ref)) {
    const newest = await lookups.newestRunId();
    if (newest === undefined) throw new ConfigError(`no runs stored yet, so "${ref}" names none`);
    return newest;
  }
  const matches = ref === "" ? [] : await lookups.runIdsWithPrefix(ref);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length === 0) throw new ConfigError(`no stored run matches "${ref}" (try "last")`);
  const shown = matches.slice(0, 5).join(", ") + (matches.length > 5 ? ", ..." : "");
  throw new ConfigError(`run "${ref}" is ambiguous: it matches ${shown}; give more characters`);
}
