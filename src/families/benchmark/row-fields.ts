// Typed reads of a benchmark row's fields: a row that lacks what the benchmark needs is a DatasetError naming the
// file and row, never an item with an empty question.

import { DatasetError } from "../../core/errors.ts";
import type { Row } from "./readers/read-table.ts";

export class RowReader {
  constructor(
    private readonly row: Row,
    private readonly where: string,
  ) {}

  text(key: string): string {
    const value = this.row[key];
    if (typeof value === "number") return String(value);
    if (typeof value !== "string" || value.trim() === "") throw this.problem(key, "is missing or empty");
    return value;
  }

  optionalText(key: string): string | undefined {
    const value = this.row[key];
    return typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : undefined;
  }

  list(key: string): string[] {
    const value = this.row[key];
    if (!Array.isArray(value) || value.length < 2 || value.some((option) => typeof option !== "string")) throw this.problem(key, "is not a list of at least two texts");
    return value as string[];
  }

  problem(key: string, issue: string): DatasetError {
    return new DatasetError("corrupt", `${this.where}: "${key}" ${issue}; the file is not the benchmark's expected layout`);
  }
}

export function rowsOf(table: { rows: Row[]; where: string }): RowReader[] {
  return table.rows.map((row, index) => new RowReader(row, `${table.where} row ${index + 1}`));
}
