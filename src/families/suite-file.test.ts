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

  it("fills $parameters from defaults, the chosen scale and the caller, later ones winning; a null one drops its option", () => {
    const path = suite([
      "parameters: { scorer: exact, group: null }",
      "scale: small",
      "scales:",
      "  small: { trials: 2, file: a.jsonl }",
      "  big: { trials: 9, file: b.jsonl }",
      "trials: $trials",
      "tasks:",
      "  - { family: dataset, file: $file, scorer: $scorer, groupBy: $group }",
      "",
    ].join("\n"));
    expect(loadSuiteFile(path)).toMatchObject({ trials: 2, scale: "small", tasks: [{ options: { file: join(path, "..", "a.jsonl"), scorer: "exact", groupBy: [] } }] });
    const big = loadSuiteFile(path, { scale: "big", parameters: { scorer: "includes", group: ["lang"], file: undefined } });
    expect(big).toMatchObject({ trials: 9, scale: "big", tasks: [{ options: { file: join(path, "..", "b.jsonl"), scorer: "includes", groupBy: ["lang"] } }] });
  });

  it("names an unknown parameter's line and an unknown scale", () => {
    expect(() => loadSuiteFile(suite(`tasks:\n  - family: dataset\n    file: $nope\n`))).toThrow(/suite\.yaml:3: tasks\.0\.file: unknown parameter \$nope/);
    expect(() => loadSuiteFile(suite(`scales: { a: {} }\ntasks:\n  - { family: dataset, file: x.jsonl }\n`), { scale: "b" })).toThrow(/unknown scale "b" \(use a\)/);
    expect(() => loadSuiteFile(suite(`tasks:\n  - { family: dataset, file: x.jsonl }\n`), { scale: "b" })).toThrow(/this suite has no scales/);
  });

  it("reads the built-in article suite at every scale", () => {
    const trials = ["quick", "standard", "full"].map((scale) => loadSuiteFile("data/suites/article.yaml", { scale }).trials);
    expect(trials).toEqual([2, 3, 5]);
    const standard = loadSuiteFile("data/suites/article.yaml", { parameters: { judges: ["j"], judge: "j" } });
    expect(standard.tasks.map((task) => task.options.id ?? task.family)).toEqual(["niah", "niah-three-needles", "riddles", "mysteries", "refusal", "writing", "longform"]);
    expect(standard.tasks.find((task) => task.family === "refusal")?.options).toMatchObject({ judge: "j", system: "both" });
    expect(standard.tasks.find((task) => task.family === "niah")?.options).toMatchObject({ lengths: [8000, 32_000, 85_000, 128_000, 300_000], depths: [0, 25, 50, 75, 100] });
  });

  it("recognises suite paths by extension", () => {
    expect(isSuitePath("my-suite.yaml")).toBe(true);
    expect(isSuitePath("a/b.YML")).toBe(true);
    expect(isSuitePath("dataset")).toBe(false);
  });
});
