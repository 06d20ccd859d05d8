// The transcript browser's filter values (SampleBrowser.sampleFacets) assembled from a run's distinct values, for
// every SQL backend: score labels, then "error" and one "error:<kind>" per error kind when any sample failed.

import type { SampleFacets } from "../core/sample-browser.ts";

/** Each list distinct and sorted as the backend's SQL gives it (a sample with no error kind first, as "unknown"). */
export function sampleFacetsFromRows(
  labels: readonly { label: string }[],
  errorKinds: readonly { error_kind: string | null }[],
  languages: readonly { language: string }[],
): SampleFacets {
  const errors = errorKinds.map((r) => `error:${r.error_kind ?? "unknown"}`);
  return {
    outcomes: [...labels.map((r) => r.label), ...(errors.length > 0 ? ["error", ...errors] : [])],
    languages: languages.map((r) => r.language),
  };
}
