// What an `agreement` run stores as its spec. It is not a run `resume` can rebuild (it has no tasks or samples): it is
// the record its judges' requests are kept under, so `runs` and `show` account for what they cost.

export interface AgreementRunSpec {
  command: "agreement";
  /** The labelled files, as resolved paths. */
  files: string[];
  labelColumn: string;
  /** The judges' target ids. */
  judges: string[];
}

export function isAgreementRunSpec(spec: unknown): spec is AgreementRunSpec {
  return typeof spec === "object" && spec !== null && (spec as { command?: unknown }).command === "agreement";
}
