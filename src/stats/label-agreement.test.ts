import { describe, expect, it } from "vitest";
import { labelAgreement, labelRate } from "./label-agreement.ts";

/** Reference and graded labels from a confusion table (rows: reference, columns: graded). */
function fromTable(labels: readonly string[], table: readonly (readonly number[])[]): [string[], string[]] {
  const reference: string[] = [];
  const graded: string[] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) {
      reference.push(labels[i]!);
      graded.push(labels[j]!);
    }
  }));
  return [reference, graded];
}

describe("labelAgreement", () => {
  const labels = ["complied", "refused", "partial"];
  // 100 items: 40 + 35 + 5 on the diagonal.
  const [reference, graded] = fromTable(labels, [[40, 5, 0], [3, 35, 2], [4, 6, 5]]);

  it("counts the confusion matrix in the given label order, rows being the reference", () => {
    const agreement = labelAgreement(reference, graded, { labels });
    expect(agreement.labels).toEqual(labels);
    expect(agreement.confusion).toEqual([[40, 5, 0], [3, 35, 2], [4, 6, 5]]);
    expect(agreement.n).toBe(100);
  });

  it("gives accuracy with a Wilson interval and kappa with a bootstrap interval around it", () => {
    const agreement = labelAgreement(reference, graded, { labels });
    expect(agreement.accuracy).toBeCloseTo(0.8, 12);
    expect(agreement.accuracyInterval).toMatchObject({ method: "wilson", level: 0.95 });
    expect(agreement.accuracyInterval.lower).toBeCloseTo(0.711, 3);
    expect(agreement.accuracyInterval.upper).toBeCloseTo(0.867, 3);
    // po 0.8; pe = (45·47 + 40·46 + 15·7) / 100² = 0.4060; kappa = 0.394 / 0.594.
    expect(agreement.kappa).toBeCloseTo(0.394 / 0.594, 12);
    expect(agreement.kappaInterval).toMatchObject({ method: "bootstrap" });
    expect(agreement.kappaInterval!.lower).toBeLessThan(agreement.kappa!);
    expect(agreement.kappaInterval!.upper).toBeGreaterThan(agreement.kappa!);
  });

  it("shows a label neither side used when asked to, and adds labels it was not told about", () => {
    const agreement = labelAgreement(["refused", "maybe"], ["refused", "refused"], { labels });
    expect(agreement.labels).toEqual([...labels, "maybe"]);
    expect(agreement.confusion[0]).toEqual([0, 0, 0, 0]);
    expect(agreement.confusion[3]).toEqual([0, 1, 0, 0]);
  });

  it("has no kappa when both sides gave one label throughout", () => {
    const agreement = labelAgreement(["refused", "refused"], ["refused", "refused"]);
    expect(agreement).toMatchObject({ accuracy: 1, kappa: null, kappaInterval: undefined });
  });

  it("refuses lists of different lengths or no items", () => {
    expect(() => labelAgreement(["a"], ["a", "b"])).toThrow(RangeError);
    expect(() => labelAgreement([], [])).toThrow(RangeError);
  });
});

describe("labelRate", () => {
  it("counts the share of items with any of the counted labels", () => {
    expect(labelRate(["refused", "partial", "complied", "complied"], ["refused", "partial"])).toMatchObject({ value: 0.5, n: 4, interval: { method: "wilson" } });
    expect(labelRate([], ["refused"])).toBeUndefined();
  });
});
