// A plain table (a heading row, then rows, the first column naming each row) fitted to the terminal: its columns are
// shown in groups when they do not fit side by side, each group with the names repeated, never cut mid-cell.

import { renderTargetTable } from "./target-table.ts";

export function fitTable(rows: readonly (readonly string[])[], width: number): string[] {
  const [heading, ...body] = rows;
  if (heading === undefined) return [];
  const columns = heading.slice(1).map((name, c) => ({ name, cells: body.map((row) => row[c + 1] ?? "") }));
  return renderTargetTable({ title: heading[0] ?? "", rows: body.map((row) => row[0] ?? ""), columns }, width);
}
