import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import { detectLanguage } from "../../simulator/language.ts";
import { tempDir } from "../../test-support/temp-dir.ts";
import { fillRiddle } from "./fill-riddle.ts";
import { loadBuiltInRiddles, loadRiddleFile, loadSlotPools } from "./load-riddles.ts";
import { parseRiddleAnswer } from "./parse-riddle-answer.ts";
import { riddleItems } from "./riddle-items.ts";
import { riddleMessages } from "./riddle-prompt.ts";
import { RIDDLE_FORMS, RIDDLE_LANGUAGES } from "./riddle-schema.ts";

const families = loadBuiltInRiddles();
const items = riddleItems(families, loadSlotPools(), { languages: RIDDLE_LANGUAGES, forms: RIDDLE_FORMS });

describe("shipped riddles", () => {
  it("hold at least 15 families, each with all four forms in all five languages", () => {
    expect(families.length).toBeGreaterThanOrEqual(15);
    for (const family of families) {
      for (const form of RIDDLE_FORMS) expect(Object.keys(family.forms[form] ?? {}).sort(), `${family.family} ${form}`).toEqual([...RIDDLE_LANGUAGES].sort());
    }
    expect(items).toHaveLength(families.length * RIDDLE_FORMS.length * RIDDLE_LANGUAGES.length);
  });

  it("keep the minimal form shorter than the classic and the distracted form clearly longer", () => {
    for (const family of families) {
      for (const language of RIDDLE_LANGUAGES) {
        const classic = family.forms.classic[language] ?? "";
        expect(family.forms.minimal?.[language]?.length, `${family.family} ${language}`).toBeLessThan(classic.length);
        expect(family.forms.distracted?.[language]?.length, `${family.family} ${language}`).toBeGreaterThan(classic.length * 1.4);
      }
    }
  });

  it("give every item a filled prompt in its own language and an answer key its own final line scores as correct", () => {
    for (const item of items) {
      for (const trial of [1, 2, 3]) {
        const prompt = riddleMessages(item, 42, trial)[0]?.content ?? "";
        const { key } = fillRiddle(item, 42, trial);
        expect(prompt, item.id).not.toMatch(/\{\w+\}/);
        expect(detectLanguage(prompt), item.id).toBe(item.metadata.language);
        expect(parseRiddleAnswer(`ANSWER: ${key.answer}`, key), item.id).toMatchObject({ label: key.answer });
        if (key.kind === "label") expect(Object.keys(key.synonyms), item.id).toContain(key.answer);
        if (item.metadata.form === "twin") {
          expect(key.recited, item.id).toBeDefined();
          expect(key.recited, item.id).not.toBe(key.answer);
          expect(parseRiddleAnswer(`ANSWER: ${key.recited}`, key), item.id).toMatchObject({ label: key.recited });
        }
      }
    }
  });

  it("draw the same numbers for every form and language of a family in a trial, and fresh ones in another trial", () => {
    const answers = (trial: number) => items.filter((i) => i.metadata.family === "bat-ball" && i.metadata.form !== "twin").map((i) => fillRiddle(i, 5, trial).key.answer);
    expect(new Set(answers(1)).size).toBe(1);
    const perTrial = new Set([1, 2, 3, 4, 5, 6].map((trial) => answers(trial)[0]));
    expect(perTrial.size).toBeGreaterThan(1);
    const first = items.find((i) => i.id === "sheep-all-but.distracted.es");
    expect(first && riddleMessages(first, 5, 2)).toEqual(first && riddleMessages(first, 5, 2));
  });
});

describe("loadRiddleFile", () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const valid = [
    "family: candles",
    "summary: Lit candles burn down; the ones blown out stay longest.",
    "kind: number",
    'answer: "{out}"',
    'twinAnswer: "{total}"',
    "slots:",
    "  total: { min: 6, max: 9 }",
    "  out: { min: 1, max: 3 }",
    "forms:",
    "  classic:",
    "    en: '{total} candles burn; {out} are blown out. How many are left at the end?'",
    "  twin:",
    "    en: '{total} candles stand unlit in a drawer. How many are left at the end?'",
  ];

  it("reads a valid user family", () => {
    const family = loadRiddleFile(write("ok.yaml", valid.join("\n")));
    expect(family).toMatchObject({ family: "candles", kind: "number", tolerance: 0, synonyms: {} });
    expect(family.forms.distracted).toBeUndefined();
  });

  // [file name, lines, expected message]: each file breaks the valid one in a single way.
  const failures: [string, string[], RegExp][] = [
    ["bad-yaml", [...valid.slice(0, 6), "  total: { min: 6", ...valid.slice(7)], /bad-yaml\.yaml:\d+: invalid YAML/],
    ["missing-field", valid.filter((line) => !line.startsWith("twinAnswer")), /missing-field\.yaml:1: twinAnswer: /],
    ["unknown-slot", [...valid.slice(0, 10), "    en: 'How many of {count} candles are left?'", ...valid.slice(11)], /unknown-slot\.yaml:11: forms\.classic\.en: unknown slot \{count\}/],
    ["twin-same", [...valid.slice(0, 4), 'twinAnswer: "{out}"', ...valid.slice(5)], /twin-same\.yaml:5: twinAnswer: the twin's answer must differ/],
    ["unknown-solver", [...valid, "solve: candles"], /unknown-solver\.yaml:14: solve: /],
    ["unknown-language", [...valid, "    it: 'Quante candele restano?'"], /unknown-language\.yaml:14: forms\.twin\.it: unknown language "it" \(known: en, es, fr, de, pt\)/],
    ["empty-range", [...valid.slice(0, 6), "  total: { min: 9, max: 6 }", ...valid.slice(7)], /empty-range\.yaml:7: slots\.total: min 9 is above max 6/],
    [
      "label-clash",
      [...valid.slice(0, 3), "answer: none", 'twinAnswer: "{total}"', "synonyms:", "  none: { en: [zero, nothing] }", "  later: { en: [nothing] }", ...valid.slice(5)],
      /label-clash\.yaml:8: synonyms\.later: "nothing" is also a synonym of "none"/,
    ],
  ];

  it.each(failures)("rejects %s with a ConfigError naming file:line and field", (name, lines, message) => {
    const path = write(`${name}.yaml`, lines.join("\n"));
    expect(() => loadRiddleFile(path)).toThrow(ConfigError);
    expect(() => loadRiddleFile(path)).toThrow(message);
  });
});
