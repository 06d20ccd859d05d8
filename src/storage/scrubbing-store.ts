// A store that scrubs credentials (see core/scrub-secrets.ts) from everything it is asked to write: samples, attempts,
// error messages, explanations, requests, the response cache, probes, verdicts, ratings and the run itself. Reports and exports read
// what was written, so they never see a key either. Reads pass through untouched; a write method added to RunStore that
// can hold text belongs in `writes` below.

import type { RunStore } from "../core/run-store.ts";
import { scrubStrings, type Scrub } from "../core/scrub-secrets.ts";

export function scrubbingStore(store: RunStore, scrub: Scrub): RunStore {
  const writes: Partial<RunStore> = {
    createRun: (run) => store.createRun(scrubStrings(run, scrub)),
    writeBatch: (batch) => store.writeBatch(scrubStrings(batch, scrub)),
    recordProbe: (probe) => store.recordProbe(scrubStrings(probe, scrub)),
    saveVerdicts: (verdicts) => store.saveVerdicts(scrubStrings(verdicts, scrub)),
    savePairwiseRatings: (ratings) => store.savePairwiseRatings(scrubStrings(ratings, scrub)),
  };
  return new Proxy(store, {
    get(target, name) {
      if (typeof name === "string" && name in writes) return writes[name as keyof RunStore];
      const value: unknown = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
