import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../core/errors.ts";
import { tempDir } from "../../../test-support/temp-dir.ts";
import { readTable, type TableSource } from "./read-table.ts";

const dir = tempDir();
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function problem(source: TableSource): Promise<string> {
  const error = await readTable(source).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetError);
  expect((error as DatasetError).problem).toBe("corrupt");
  return (error as DatasetError).message;
}

describe("readTable", () => {
  it("reads Parquet with list columns and 64-bit ids as plain rows", async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: "question_id", data: [BigInt(70), BigInt(71)], type: "INT64" },
        { name: "question", data: ["Which?", "Why?"], type: "STRING" },
        { name: "options", data: [["a", "b", "c"], ["x", "y"]] },
      ],
    });
    const rows = await readTable({ file: file("t.parquet", new Uint8Array(bytes)), format: "parquet", where: "t.parquet" });
    expect(rows).toEqual([
      { question_id: 70, question: "Which?", options: ["a", "b", "c"] },
      { question_id: 71, question: "Why?", options: ["x", "y"] },
    ]);
  });

  it("reads JSON Lines, quoted multi-line CSV with a header, and header-less TSV with quotes as text", async () => {
    expect(await readTable({ file: file("t.jsonl", '{"problem":"1+1","answer":"2"}\n\n{"problem":"x","answer":"\\\\frac{1}{2}"}\n'), format: "jsonl", where: "t" })).toEqual([
      { problem: "1+1", answer: "2" },
      { problem: "x", answer: "\\frac{1}{2}" },
    ]);
    expect(await readTable({ file: file("t.csv", 'Question,Correct Answer\n"Two\nlines, one ""quote""",yes\n'), format: "csv", where: "t" })).toEqual([
      { Question: 'Two\nlines, one "quote"', "Correct Answer": "yes" },
    ]);
    expect(await readTable({ file: file("t.tsv", 'She said "hi" twice.\t2\n'), format: "tsv", where: "t", columns: ["question", "answer_number"] })).toEqual([
      { question: 'She said "hi" twice.', answer_number: "2" },
    ]);
  });

  it("names the file (and line) of what cannot be read", async () => {
    expect(await problem({ file: file("bad.parquet", "PAR1 not really"), format: "parquet", where: "acme/x@1234567:bad.parquet" })).toMatch(
      /^acme\/x@1234567:bad\.parquet is not a readable Parquet file \(.+\); delete it from the cache to download it again$/u,
    );
    expect(await problem({ file: file("bad.jsonl", '{"a":1}\n{oops\n'), format: "jsonl", where: "m.jsonl" })).toBe("m.jsonl:2 is not valid JSON; delete the file from the cache to download it again");
    expect(await problem({ file: file("bad.tsv", "q\t1\nq2\t2\textra\n"), format: "tsv", where: "b.tsv", columns: ["question", "answer_number"] })).toMatch(/^b\.tsv:2: not a well-formed TSV file/u);
  });
});
