// The deployment diff as text: one block per shared task, every row A − B with its item-level test, then the
// statement a reader came for, decided from adjusted p-values. A task with groups (subjects, languages) shows its
// accuracy per group beneath.

import type { Interval } from "../core/metric.ts";
import { wrapText } from "../core/wrap-text.ts";
import type { ComparedRow, DeploymentDiff } from "../reports/deployment-diff.ts";
import { fitLines } from "./fit-lines.ts";

export interface ComparedSide {
  runId: string;
  targetId: string;
  simulated: boolean;
}

export function renderDeploymentDiff(a: ComparedSide, b: ComparedSide, diff: DeploymentDiff, width = 120): string {
  const lines = ["", `A: ${name(a)}`, `B: ${name(b)}`, "every difference reads A − B: positive when A is higher, in every row (accuracy, errors, refusals and style alike)"];
  for (const task of diff.tasks) {
    lines.push("", `${task.taskId}: ${task.pairs} paired samples (same item, same trial) over ${task.items} items`);
    const rows: string[][] = [["", "A", "B", "A − B [95% interval]", "adjusted p"]];
    if (task.accuracy) rows.push(row("accuracy (McNemar over items)", task.accuracy, pct, points));
    rows.push(row("errors", task.errors, pct, points), row("refusals", task.refusals, pct, points));
    for (const style of task.style.filter((r) => r.difference !== null)) rows.push(row(style.name.replace(/^style:/, ""), style, fixed, signed));
    lines.push(...align(rows));
    for (const key of new Set(task.groups.map((group) => group.key))) {
      const groupRows: string[][] = [[`accuracy by ${key}`, "A", "B", "A − B", "adjusted p (Holm over groups)"]];
      for (const group of task.groups.filter((g) => g.key === key)) {
        groupRows.push([group.value, pct(group.a), pct(group.b), points(group.a - group.b), `${group.adjustedP.toPrecision(2)}${group.differs ? "  differs" : ""}`]);
      }
      lines.push(...align(groupRows));
    }
    if (task.agreement) {
      const { rate, interval: range, n } = task.agreement;
      lines.push(`  same answer on ${pct(rate)} [${pct(range.lower)}, ${pct(range.upper)}] of ${n} answered pairs`);
    }
  }
  lines.push("");
  if (diff.differences.length === 0) lines.push("no difference detected at this sample size: more items would narrow the intervals");
  else lines.push("these two deployments behave like different models:", ...diff.differences.flatMap((reason) => wrapText(`  - ${reason}`, width, "    ")));
  lines.push(`(one primary test per task, accuracy; every other row one secondary family; Holm-adjusted, ${diff.alpha} over the whole compare;`);
  lines.push("  a style row counts only beyond the measure's negligible size: 10 tokens, 1 per 1k, 0.05 compression excess...)");
  if (a.simulated || b.simulated) lines.push("note: [simulated] sides are the provider simulator, a test double: not any model's behaviour");
  return fitLines(lines, width).join("\n") + "\n";
}

function row(label: string, tested: ComparedRow, value: (x: number) => string, difference: (x: number) => string): string[] {
  if (tested.difference === null) return [label, "n/a", "n/a", "", ""];
  const range = tested.interval ? ` ${interval(tested.interval, difference)}` : "";
  const adjusted = tested.adjustedP === undefined ? "" : `${tested.adjustedP.toPrecision(2)}${tested.differs ? "  differs" : ""}`;
  return [label, value(tested.a as number), value(tested.b as number), `${difference(tested.difference)}${range}`, adjusted];
}

function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()}`);
}

/** One minus sign in every column: the differences' (−), not the hyphen toFixed writes. */
function fixed(value: number): string {
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 3).replace("-", "−");
}

function signed(value: number): string {
  return `${value >= 0 ? "+" : "−"}${fixed(Math.abs(value))}`;
}

function name(side: ComparedSide): string {
  return `${side.targetId}${side.simulated ? " [simulated]" : ""} in run ${side.runId}`;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** A difference of rates in percentage points, signed. */
function points(value: number): string {
  return `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)}`;
}

function interval(i: Interval, show: (x: number) => string): string {
  return `[${show(i.lower)}, ${show(i.upper)}]`;
}
