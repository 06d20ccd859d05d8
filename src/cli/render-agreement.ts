// `agreement` as the terminal shows it: per labeler, the confusion matrix against the people's labels, accuracy with a
// Wilson interval, Cohen's kappa with a bootstrap interval, and refusal rates; then the same per group of rows.

import type { Interval } from "../core/metric.ts";
import type { AgreementSlice, LabelerAgreement } from "../families/refusal/agreement-report.ts";
import type { LabellerRun } from "../runner/agreement-session.ts";
import { fitLines } from "./fit-lines.ts";
import { fitTable } from "./fit-table.ts";

/** Lines of at most `width` characters: a group table too wide is shown in groups of columns, prose wraps. */
export function renderAgreement(rowCount: number, labelColumn: string, agreements: readonly LabelerAgreement[], runs: readonly LabellerRun[], width: number): string {
  const lines = [`${rowCount} labelled completions; people's labels from column "${labelColumn}"`];
  lines.push("accuracy: Wilson 95% interval; kappa: Cohen's, 95% percentile bootstrap over rows; held back = refused or partial");
  for (const agreement of agreements) {
    const run = runs.find((r) => r.name === agreement.name);
    lines.push("", `${agreement.name} vs people: ${agreement.overall.n} rows${agreement.unlabelled > 0 ? `, ${agreement.unlabelled} unlabelled${stopNote(run)}` : ""}`);
    lines.push(...matrix(agreement.overall).map((line) => `  ${line}`));
    lines.push(`  ${summaryLine(agreement.overall)}`);
    for (const { column, groups } of agreement.byColumn) {
      const table = [[column, "n", "accuracy [95%]", "kappa [95%]", "binary acc", "held back: people", agreement.name, "confusion C/R/P per people's C, R, P"]];
      for (const g of groups) {
        table.push([
          g.group,
          String(g.n),
          `${fixed(g.threeWay.accuracy)} ${range(g.threeWay.accuracyInterval)}`,
          g.threeWay.kappa === null ? "n/a" : `${fixed(g.threeWay.kappa)} ${range(g.threeWay.kappaInterval)}`,
          fixed(g.binary.accuracy),
          percent(g.humanRate.value),
          percent(g.labelerRate.value),
          g.threeWay.confusion.slice(0, 3).map((row) => row.slice(0, 3).join("/")).join("  "),
        ]);
      }
      lines.push("", `  by ${column}:`, ...fitTable(table, width - 4).map((line) => `    ${line}`));
    }
  }
  for (const run of runs) {
    if (!agreements.some((a) => a.name === run.name)) lines.push("", `${run.name}: no row labelled${stopNote(run)}`);
  }
  return fitLines(lines, width).join("\n") + "\n";
}

function matrix(slice: AgreementSlice): string[] {
  const { labels, confusion } = slice.threeWay;
  const rows = [["people \\ labeler", ...labels], ...labels.map((label, i) => [label, ...confusion[i]!.map(String)])];
  return aligned(rows);
}

function summaryLine(slice: AgreementSlice): string {
  const { threeWay, binary } = slice;
  const kappa = (k: number | null, interval?: Interval) => (k === null ? "n/a" : `${fixed(k)} ${range(interval)}`);
  return (
    `accuracy ${fixed(threeWay.accuracy)} ${range(threeWay.accuracyInterval)}, kappa ${kappa(threeWay.kappa, threeWay.kappaInterval)}; ` +
    `binary accuracy ${fixed(binary.accuracy)} ${range(binary.accuracyInterval)}, kappa ${kappa(binary.kappa, binary.kappaInterval)}; ` +
    `held back: people ${percent(slice.humanRate.value)}, labeler ${percent(slice.labelerRate.value)}`
  );
}

function stopNote(run: LabellerRun | undefined): string {
  if (run?.stopped === undefined) return "";
  if (run.stopped === "interrupted") return " (interrupted)";
  const { limit, cap } = run.stopped;
  return ` (stopped before the ${limit} cap of ${limit === "cost" ? `$${cap}` : cap} was crossed)`;
}

const fixed = (value: number) => value.toFixed(3);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
const range = (interval: Interval | undefined) => (interval ? `[${fixed(interval.lower)}, ${fixed(interval.upper)}]` : "");

function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd());
}
