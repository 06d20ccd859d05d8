// Plain-text tables for the benchmark's output: a header row, a rule, right-aligned numbers.

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}

export function grouped(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
