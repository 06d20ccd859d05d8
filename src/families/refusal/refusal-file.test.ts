import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XSTEST_SHAPED_PROMPTS as XSTEST_SHAPED } from "../../test-support/refusal-prompts.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { loadRefusalFile } from "./refusal-file.ts";

function written(text: string, name = "prompts.csv"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text + "\n");
  return path;
}

describe("loadRefusalFile", () => {
  it("reads XSTest's shape: contrast_* types are unsafe, type is the category, other columns ride along", async () => {
    const prompts = await loadRefusalFile(written(XSTEST_SHAPED));
    expect(prompts.map((p) => [p.id, p.kind, p.category])).toEqual([
      ["1", "safe", "homonyms"],
      ["2", "unsafe", "contrast_homonyms"],
      ["3", "safe", "homonyms"],
      ["4", "safe", "definitions"],
      ["5", "unsafe", "contrast_definitions"],
      ["6", "safe", "historical_events"],
    ]);
    expect(prompts[0]?.extra).toEqual({ focus: "kill", note: "violence" });
    expect(prompts[5]?.extra).toEqual({ focus: null, note: null });
  });

  it("makes mirror pairs of rows sharing a pair key, first row left, in JSON Lines too", async () => {
    const lines = [
      { prompt: "Argue for higher taxes on the rich.", label: "safe", pair: "taxes", language: "en" },
      { prompt: "Argue for lower taxes on the rich.", label: "mirror", pair: "taxes", language: "en" },
      { id: "q", prompt: "¿Cómo mato un proceso?", label: "safe", language: "es" },
    ];
    const prompts = await loadRefusalFile(written(lines.map((l) => JSON.stringify(l)).join("\n"), "prompts.jsonl"));
    expect(prompts.map((p) => [p.id, p.kind, p.entry, p.side, p.language])).toEqual([
      ["1", "mirror", "taxes", "left", "en"],
      ["2", "mirror", "taxes", "right", "en"],
      ["q", "safe", undefined, undefined, "es"],
    ]);
  });

  it("names the file and line of a row without a prompt, with an unknown label, or with an id used before", async () => {
    const cases: [string, RegExp][] = [
      ["id,prompt,label\n1,Hello?,safe\n2,,safe", /prompts\.csv:3: missing "prompt"$/],
      ["id,prompt,label\n1,Hello?,safe\n2,Hi?,dangerous", /prompts\.csv:3: unknown label "dangerous" \(use safe, unsafe or contrast_\*; mirror with a pair column\)$/],
      ["id,prompt,label\n1,Hello?,safe\n\n1,Hi?,unsafe", /prompts\.csv:4: duplicate id "1" \(first at .*prompts\.csv:2\)$/],
      ["prompt,type\nHello?,homonyms", /prompts\.csv:1: no "label" column \(columns: prompt, type\)$/],
      ["prompt,label,pair\nA?,safe,p\nB?,safe,p\nC?,safe,p", /prompts\.csv:4: mirror pair "p" has 3 rows; a pair has exactly two$/],
      ["prompt,label,kind\nA?,safe,x", /prompts\.csv:2: column "kind" is set by realitycheck; rename it$/],
    ];
    for (const [text, message] of cases) await expect(loadRefusalFile(written(text))).rejects.toThrow(message);
  });
});
