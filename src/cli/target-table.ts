// A table with one row per measurement and one column per target, fitted to the terminal: when the targets do not fit
// side by side, they are shown in groups (each group a full table with the row labels repeated), never cut mid-cell.

export interface TargetColumn {
  /** The column's heading (the target's id, with " [simulated]" when it is the simulator). */
  name: string;
  /** One cell per row, "" where the target has no value. */
  cells: string[];
}

export interface TargetTable {
  /** The heading of the label column, e.g. the task's id. */
  title: string;
  rows: string[];
  columns: TargetColumn[];
}

const GAP = "  ";

/** Lines of the table, each at most `width` characters unless one label and one cell alone are wider. */
export function renderTargetTable(table: TargetTable, width: number): string[] {
  const labelWidth = Math.max(table.title.length, ...table.rows.map((row) => row.length));
  const columnWidth = (column: TargetColumn) => Math.max(column.name.length, ...column.cells.map((cell) => cell.length));
  const lines: string[] = [];
  for (const group of targetGroups(table.columns, labelWidth, width, columnWidth)) {
    if (lines.length > 0) lines.push("");
    const widths = group.map(columnWidth);
    const line = (label: string, cells: string[]) => [label.padEnd(labelWidth), ...cells.map((cell, i) => cell.padEnd(widths[i]!))].join(GAP).trimEnd();
    lines.push(line(table.title, group.map((column) => column.name)));
    table.rows.forEach((row, r) => lines.push(line(row, group.map((column) => column.cells[r] ?? ""))));
  }
  return lines;
}

/** Consecutive targets, as many per group as fit beside the labels (at least one). */
function targetGroups(columns: readonly TargetColumn[], labelWidth: number, width: number, columnWidth: (column: TargetColumn) => number): TargetColumn[][] {
  const groups: TargetColumn[][] = [];
  let group: TargetColumn[] = [];
  let used = labelWidth;
  for (const column of columns) {
    const needed = GAP.length + columnWidth(column);
    if (group.length > 0 && used + needed > width) {
      groups.push(group);
      group = [];
      used = labelWidth;
    }
    group.push(column);
    used += needed;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
