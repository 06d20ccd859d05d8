import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { criterionKey, readRubricFile } from "./rubric.ts";
import { thrownConfigError } from "../test-support/thrown-config-error.ts";

const dir = mkdtempSync(join(tmpdir(), "rubric-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readRubricFile", () => {
  it("reads a rubric and fills in the default range and weight", () => {
    const path = file(
      "story.yaml",
      ["name: story", "criteria:", "  - name: coherence", "    description: The plot holds together.", "    weight: 2", "  - name: prose_style", "    description: Sentences read well.", "    min: 0", "    max: 5", "overall: {}", ""].join("\n"),
    );
    expect(readRubricFile(path)).toEqual({
      name: "story",
      criteria: [
        { name: "coherence", description: "The plot holds together.", min: 1, max: 10, weight: 2 },
        { name: "prose_style", description: "Sentences read well.", min: 0, max: 5, weight: 1 },
      ],
      overall: { min: 1, max: 10 },
    });
  });

  it("names file and line for malformed YAML and for a bad field", () => {
    const broken = file("broken.yaml", "name: story\ncriteria:\n  - name: [unclosed\n");
    expect(thrownConfigError(() => readRubricFile(broken)).where).toMatch(/broken\.yaml:\d+$/);
    const inverted = file("inverted.yaml", ["name: story", "criteria:", "  - name: coherence", "    description: x", "    min: 5", "    max: 5", ""].join("\n"));
    const error = thrownConfigError(() => readRubricFile(inverted));
    expect(error.where).toBe(`${inverted}:6`);
    expect(error.message).toContain("criteria.0.max: max must be greater than min");
  });

  it("refuses duplicate, reserved and unprintable criterion names, unknown keys and an empty list", () => {
    const twice = file("twice.yaml", ["name: s", "criteria:", "  - {name: Plot Logic, description: x}", "  - {name: plot_logic, description: y}", ""].join("\n"));
    expect(thrownConfigError(() => readRubricFile(twice))).toMatchObject({ where: `${twice}:4` });
    expect(thrownConfigError(() => readRubricFile(twice)).message).toContain('criterion "plot_logic" is named twice');
    const reserved = file("reserved.yaml", "name: s\ncriteria:\n  - {name: Overall, description: x}\n");
    expect(thrownConfigError(() => readRubricFile(reserved)).message).toContain("reserved");
    const odd = file("odd.yaml", "name: s\ncriteria:\n  - {name: 'clarity: high', description: x}\n");
    expect(thrownConfigError(() => readRubricFile(odd)).message).toContain("criteria.0.name");
    const extra = file("extra.yaml", "name: s\ncriteria:\n  - {name: clarity, description: x, scale: 7}\n");
    expect(thrownConfigError(() => readRubricFile(extra)).message).toContain("scale");
    const empty = file("empty.yaml", "name: s\ncriteria: []\n");
    expect(thrownConfigError(() => readRubricFile(empty)).message).toContain("criteria");
    expect(thrownConfigError(() => readRubricFile(join(dir, "missing.yaml"))).where).toBe(join(dir, "missing.yaml"));
  });
});

describe("criterionKey", () => {
  it("ignores case, spacing, '_' and '-'", () => {
    expect(criterionKey(" Plot_Logic ")).toBe("plot logic");
    expect(criterionKey("plot -  logic")).toBe("plot logic");
  });
});
