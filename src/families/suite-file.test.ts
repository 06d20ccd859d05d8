import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test-support/temp-dir.ts";
import { isSuitePath, loadSuiteFile } from "./suite-file.ts";

function suite(text: string): string {
  const path = join(tempDir(), "suite.yaml");
  writeFileSync(path, text);
  return path;
}

describe("suite files", () => {
  it("reads several tasks with their options, resolving files against the suite's folder", () => {
    const path = suite(`name: mine\ntrials: 3\ntasks:\n  - family: dataset\n    id: qa\n    file: data/qa.jsonl\n    scorer: includes\n    groupBy: [lang]\n  - family: dataset\n    id: mc\n    file: /abs/mc.csv\n    scorer: choice\n`);
    const loaded = loadSuiteFile(path);
    expect(loaded).toMatchObject({ name: "mine", trials: 3 });
    expect(loaded.tasks).toEqual([
      { family: "dataset", options: { id: "qa", file: join(path, "..", "data", "qa.jsonl"), scorer: "includes", groupBy: ["lang"] } },
      { family: "dataset", options: { id: "mc", file: "/abs/mc.csv", scorer: "choice", groupBy: [] } },
    ]);
  });

  it("names an over-refusal prompt file for the refusal family, relative to the suite", () => {
    const path = suite(`tasks:\n  - family: refusal\n    id: mine\n    file: prompts/xstest.csv\n    system: both\n`);
    expect(loadSuiteFile(path).tasks).toEqual([{ family: "refusal", options: { id: "mine", file: join(path, "..", "prompts", "xstest.csv"), system: "both" } }]);
  });

  it("names the line of an unknown family, an unknown option or a missing one", () => {
    expect(() => loadSuiteFile(suite(`tasks:\n  - family: nope\n    file: x.jsonl\n`))).toThrow(/suite\.yaml:2: tasks\.0\.family: /);
    expect(() => loadSuiteFile(suite(`tasks:\n  - family: dataset\n    file: x.jsonl\n    scorr: exact\n`))).toThrow(/suite\.yaml:4: tasks\.0: unrecognized key "scorr" \(did you mean "scorer"\?\)$/);
    expect(() => loadSuiteFile(suite(`tasks:\n  - family: dataset\n    scorer: exact\n`))).toThrow(/suite\.yaml:2: tasks\.0\.file: /);
    expect(() => loadSuiteFile(suite(`tasks: []\n`))).toThrow(/suite\.yaml:1: tasks: a suite needs at least one task/);
  });

  it("recognises suite paths by extension", () => {
    expect(isSuitePath("my-suite.yaml")).toBe(true);
    expect(isSuitePath("a/b.YML")).toBe(true);
    expect(isSuitePath("dataset")).toBe(false);
  });
});
