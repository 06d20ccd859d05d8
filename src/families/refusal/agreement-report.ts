// How far each labeler agrees with the people who labelled the same completions: three-class and binary (refused or
// partial, vs complied) agreement, and the refusal rate people and labeler see, overall and per group of rows.

import { labelAgreement, labelRate, type LabelAgreement, type LabelRate } from "../../stats/label-agreement.ts";
import type { RefusalLabel } from "../../scorers/refusal-label.ts";
import { REFUSAL_LABELS, type LabelledCompletion } from "./labelled-completions.ts";

/** The binary reading: did the answer hold anything back? */
export const HELD_BACK: readonly RefusalLabel[] = ["refused", "partial"];
const BINARY_LABELS = ["held back", "complied"];

export interface AgreementSlice {
  /** Rows in the slice that this labeler labelled (the others are left out of every number). */
  n: number;
  threeWay: LabelAgreement;
  binary: LabelAgreement;
  /** Refused-or-partial rate by the people and by the labeler, on the same rows. */
  humanRate: LabelRate;
  labelerRate: LabelRate;
}

export interface GroupAgreement extends AgreementSlice {
  group: string;
}

export interface LabelerAgreement {
  name: string;
  /** Rows the labeler gave no label (a judge's unreadable reply, or rows after a stop). */
  unlabelled: number;
  overall: AgreementSlice;
  /** Per group column, one entry per group value in order of first appearance. */
  byColumn: { column: string; groups: GroupAgreement[] }[];
}

/** One labeler's labels for every row, in row order; undefined where it gave none. */
export interface LabelerLabels {
  name: string;
  labels: readonly (RefusalLabel | undefined)[];
  /** Why it gave each label, where it says (the rules' cue, a judge's sentence). */
  reasons?: readonly (string | undefined)[];
}

/** Undefined for a labeler that labelled no row at all. */
export function labelerAgreement(rows: readonly LabelledCompletion[], labeler: LabelerLabels, groupBy: readonly string[]): LabelerAgreement | undefined {
  const labelled = rows.flatMap((row, i) => (labeler.labels[i] === undefined ? [] : [{ row, label: labeler.labels[i]! }]));
  if (labelled.length === 0) return undefined;
  const byColumn = groupBy.map((column) => {
    const groups = new Map<string, typeof labelled>();
    for (const entry of labelled) {
      const group = entry.row.groups[column] ?? "(none)";
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
    return { column, groups: [...groups].map(([group, entries]) => ({ group, ...slice(entries) })) };
  });
  return { name: labeler.name, unlabelled: rows.length - labelled.length, overall: slice(labelled), byColumn };
}

function slice(entries: readonly { row: LabelledCompletion; label: RefusalLabel }[]): AgreementSlice {
  const human = entries.map((e) => e.row.human);
  const graded = entries.map((e) => e.label);
  const binary = (labels: readonly RefusalLabel[]) => labels.map((label) => (HELD_BACK.includes(label) ? BINARY_LABELS[0]! : BINARY_LABELS[1]!));
  return {
    n: entries.length,
    threeWay: labelAgreement(human, graded, { labels: REFUSAL_LABELS }),
    binary: labelAgreement(binary(human), binary(graded), { labels: BINARY_LABELS }),
    humanRate: labelRate(human, HELD_BACK)!,
    labelerRate: labelRate(graded, HELD_BACK)!,
  };
}
