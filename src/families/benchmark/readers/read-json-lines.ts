// JSON Lines rows: one object per line, blank lines skipped; a bad line is named by its number.

import { readFile } from "node:fs/promises";
import { DatasetError } from "../../../core/errors.ts";
import type { Row } from "./read-table.ts";

export async function readJsonLines(file: string, where: string): Promise<Row[]> {
  const rows: Row[] = [];
  const lines = (await readFile(file, "utf8")).replace(/^\uFEFF/u, "").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DatasetError("corrupt", `${where}:${index + 1} is not valid JSON; delete the file from the cache to download it again`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new DatasetError("corrupt", `${where}:${index + 1} is not a JSON object`);
    rows.push(value as Row);
  });
  return rows;
}
