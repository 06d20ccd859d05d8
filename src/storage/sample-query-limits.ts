// How far one request for a filtered page of samples may scan, for every SQL backend: the bound that keeps a rare
// match from costing a whole-run scan.

export interface SampleQueryLimits {
  /** Keys looked at per step of a filtered scan. */
  scanWindow: number;
  /** Keys looked at per request in all, before the page is returned short with `partial`. */
  scanBudget: number;
}

export const DEFAULT_SAMPLE_QUERY_LIMITS: SampleQueryLimits = { scanWindow: 20_000, scanBudget: 100_000 };
