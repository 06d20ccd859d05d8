import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { fixturePath } from "../../test-support/fixture-path.ts";
import { loadDataset } from "./load-dataset.ts";

const fixture = (name: string) => fixturePath("datasets", name);
const scratch = mkdtempSync(join(tmpdir(), "rc-dataset-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function loadError(file: string): Promise<ConfigError> {
  const error = await loadDataset(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe("loadDataset: happy paths", () => {
  it("reads JSONL with ids, typed metadata, answer lists, numbers, nested metadata and line-number ids", async () => {
    const items = await loadDataset(fixture("qa.jsonl"));
    expect(items.map((i) => i.id)).toEqual(["capital-fr", "capital-es", "sum", "nyc", "6", "7"]);
    expect(items[0]).toEqual({
      id: "capital-fr",
      input: "What is the capital of France?",
      expected: "Paris",
      metadata: { lang: "en", topic: "geography" },
    });
    expect(items[2]).toMatchObject({ expected: "1234.5", metadata: { difficulty: 1 } });
    expect(items[3]).toMatchObject({ expected: ["New York", "NYC"], metadata: { verified: true } });
    expect(items[4]).toMatchObject({ metadata: { lang: "fr", topic: "arithmetic", source: null } });
    expect(items[5]).toMatchObject({ id: "7", metadata: { lang: "en", topic: "chemistry" } });
  });

  it("reads CSV with A-D choice columns, quoted multi-line cells and typed cells", async () => {
    const items = await loadDataset(fixture("mc.csv"));
    expect(items).toHaveLength(4);
    expect(items[0]).toEqual({
      id: "q1",
      input: "Which planet is known as the Red Planet?",
      expected: "B",
      choices: ["Venus", "Mars", "Jupiter", "Saturn"],
      metadata: { subject: "astronomy", year: 2024 },
    });
    expect(items[1]?.input).toBe("Which of these is a prime number?\n(Pick one.)");
    expect(items[1]?.choices).toEqual(["21", "27", "29", "33"]);
    expect(items[2]?.choices).toEqual(["Salt", "Water", "Sand"]);
    expect(items[3]?.metadata.year).toBe("007");
  });

  it("reads TSV with a |-separated choices column and line-number ids", async () => {
    const items = await loadDataset(fixture("mc.tsv"));
    expect(items).toEqual([
      { id: "2", input: 'Is the "Sun" a star?', expected: "A", choices: ["yes", "no"], metadata: { lang: "en" } },
      { id: "3", input: "¿Es la Luna un planeta?", expected: "no", choices: ["sí", "no"], metadata: { lang: "es" } },
    ]);
  });

  it("reads a JSON array and .ndjson, with a BOM and CRLF line ends", async () => {
    expect((await loadDataset(fixture("qa.json"))).map((i) => i.id)).toEqual(["1", "2"]);
    const ndjson = scratchFile("bom.ndjson", '\uFEFF{"input": "a"}\r\n\r\n{"input": "b"}\r\n');
    expect(await loadDataset(ndjson)).toEqual([
      { id: "1", input: "a", metadata: {} },
      { id: "3", input: "b", metadata: {} },
    ]);
    const csv = scratchFile("blank-lines.csv", "input,expected\r\n\r\nfirst,1\r\nsecond,2\r\n");
    expect((await loadDataset(csv)).map((i) => i.id)).toEqual(["3", "4"]);
  });

  it("streams a large file", async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ input: `question ${i}`, expected: String(i), lang: i % 2 ? "en" : "es" }));
    const items = await loadDataset(scratchFile("large.jsonl", `${lines.join("\n")}\n`));
    expect(items).toHaveLength(10_000);
    expect(items[9_999]).toMatchObject({ id: "10000", expected: "9999" });
  });
});

describe("loadDataset: every error is one line naming the file and line", () => {
  const cases: [string, string][] = [
    ["bad-json.jsonl", "bad-json.jsonl:3: invalid JSON ("],
    ["missing-input.jsonl", 'missing-input.jsonl:2: missing "input"'],
    ["duplicate-id.jsonl", 'duplicate-id.jsonl:3: duplicate id "a" (first at '],
    ["nested-metadata.jsonl", 'nested-metadata.jsonl:2: "details" must be a string, number, boolean or null'],
    ["empty.jsonl", "empty.jsonl: the dataset has no items"],
    ["no-input-column.csv", 'no-input-column.csv:1: no "input" column (columns: question, expected)'],
    ["ragged.csv", "ragged.csv:3: the row has a different number of fields than the header"],
    ["choice-gap.csv", "choice-gap.csv:2: choice B is empty but a later choice is not"],
    ["not-array.json", "not-array.json: a .json dataset must be an array of objects"],
    ["does-not-exist.jsonl", "does-not-exist.jsonl: cannot read dataset: file not found"],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const error = await loadError(fixture(name));
      expect(error.message).toContain(message);
      expect(error.message).not.toContain("\n");
      expect(error.where?.startsWith(fixture(name))).toBe(true);
    });
  }

  it("rejects bad field values with the field named", async () => {
    const cases: [string, string][] = [
      ['{"input": ""}', '"input" is empty'],
      ['{"input": 5}', '"input" must be a string'],
      ['{"input": "q", "choices": ["only one"]}', '"choices" needs at least two choices'],
      ['{"input": "q", "choices": ["a", ""]}', '"choices.1" must be a non-empty string or a number'],
      ['{"input": "q", "expected": {"a": 1}}', '"expected" must be a non-empty string, a number, or a non-empty list of them'],
      ['{"input": "q", "tags": ["x"]}', '"tags" must be a string, number, boolean or null (nested objects and lists are not allowed)'],
      ['{"input": "q", "lang": "en", "metadata": {"lang": "es"}}', '"lang" appears both as a field and inside "metadata"'],
      ['["input", "q"]', "expected an object, got a list"],
    ];
    for (const [line, message] of cases) {
      const error = await loadError(scratchFile("field.jsonl", `${line}\n`));
      expect(error.message).toBe(`${join(scratch, "field.jsonl")}:1: ${message}`);
    }
  });

  it("rejects unsupported formats, directories, invalid .json and bad CSV headers", async () => {
    expect((await loadError(scratchFile("items.txt", "x"))).message).toContain('unsupported dataset format ".txt" (use .jsonl, .ndjson, .json, .csv, .tsv)');
    const directory = join(scratch, "folder.csv");
    mkdirSync(directory);
    expect((await loadError(directory)).message).toContain("is a directory, not a file");
    expect((await loadError(scratchFile("bad.json", "[{\"input\": \"a\"},\n  {oops}]"))).message).toMatch(/bad\.json: invalid JSON \(.+\)$/);
    expect((await loadError(scratchFile("dup.csv", "input,lang,lang\nq,en,es\n"))).message).toContain('dup.csv:1: column "lang" appears twice');
    expect((await loadError(scratchFile("both.csv", "input,A,B,choices\nq,x,y,x|y\n"))).message).toContain("both.csv:1: both a \"choices\" column");
    expect((await loadError(scratchFile("quote.csv", 'input\n"never closed\n'))).message).toContain("quote.csv:2: a quoted field is never closed");
  });

  it("names the line of a quote inside an unquoted field, and of a binary file's first NUL byte", async () => {
    const quoted = scratchFile("inner-quote.csv", 'input,expected\nWhat is 2?,2\nWhat is a "prime" number?,2\n');
    expect((await loadError(quoted)).message).toBe(`${quoted}:3: a quote inside an unquoted field (quote the whole field and double the quotes in it: "a ""b"" c")`);
    const binary = join(scratch, "image.csv");
    writeFileSync(binary, Buffer.concat([Buffer.from("input,expected\n\x89PNG\r\n"), Buffer.from([0x1a, 0x0a, 0x00, 0x00, 0x22, 0xff])]));
    expect((await loadError(binary)).message).toBe(`${binary}:4: a binary file, not CSV text (a NUL byte on this line)`);
    const binaryLines = join(scratch, "image.jsonl");
    writeFileSync(binaryLines, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a]));
    expect((await loadError(binaryLines)).message).toBe(`${binaryLines}:1: a binary file, not JSON Lines text (a NUL byte on this line)`);
  });
});
