// The deployment diff as text: one block per shared task, then the statement a reader came for.

import type { Interval } from "../core/metric.ts";
import type { DeploymentDiff, RateComparison } from "../reports/deployment-diff.ts";

export interface ComparedSide {
  runId: string;
  targetId: string;
  simulated: boolean;
}

export function renderDeploymentDiff(a: ComparedSide, b: ComparedSide, diff: DeploymentDiff): string {
  const lines = ["", `A: ${name(a)}`, `B: ${name(b)}`];
  for (const task of diff.tasks) {
    lines.push("", `${task.taskId}: ${task.pairs} paired samples (same item, same trial)`);
    const rows: string[][] = [["", "A", "B", "A − B [95% interval]"]];
    if (task.accuracy) rows.push(["accuracy", pct(task.accuracy.a), pct(task.accuracy.b), `${signed(task.accuracy.difference)} ${interval(task.accuracy.interval)}  McNemar p = ${task.accuracy.mcnemar.pValue.toPrecision(2)}`]);
    rows.push(rateRow("errors", task.errors), rateRow("refusals", task.refusals));
    lines.push(...align(rows));
    const style = task.style.filter((row) => row.difference !== null);
    if (style.length > 0) {
      const styleRows: string[][] = [["style", "A", "B", "B − A [95% interval]"]];
      for (const row of style) {
        const range = row.interval ? ` [${fixed(row.interval.lower)}, ${fixed(row.interval.upper)}]` : "";
        styleRows.push([row.name.replace(/^style:/, ""), fixed(row.meanA), fixed(row.meanB), `${fixed(row.difference)}${range}${row.differs ? "  differs" : ""}`]);
      }
      lines.push(...align(styleRows));
    }
    if (task.agreement) {
      const { rate, interval: range, n } = task.agreement;
      lines.push(`  same answer on ${pct(rate)} [${pct(range.lower)}, ${pct(range.upper)}] of ${n} answered pairs`);
    }
  }
  lines.push("");
  if (diff.differences.length === 0) lines.push("no difference detected at this sample size: more trials would narrow the intervals");
  else lines.push("these two deployments behave like different models:", ...diff.differences.map((reason) => `  - ${reason}`));
  if (a.simulated || b.simulated) lines.push("note: [simulated] sides are the provider simulator, a test double: not any model's behaviour");
  return lines.join("\n") + "\n";
}

function rateRow(label: string, rate: RateComparison): string[] {
  return [label, pct(rate.a), pct(rate.b), `${signed(rate.difference)} ${interval(rate.interval)}${rate.differs ? "  differs" : ""}`];
}

function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()}`);
}

function fixed(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(Math.abs(value) >= 10 ? 1 : 3);
}

function name(side: ComparedSide): string {
  return `${side.targetId}${side.simulated ? " [simulated]" : ""} in run ${side.runId}`;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function signed(value: number): string {
  return `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)}`;
}

function interval(i: Interval): string {
  return `[${signed(i.lower)}, ${signed(i.upper)}]`;
}
