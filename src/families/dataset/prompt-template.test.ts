import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import { choicesBlock, compileTemplate } from "./prompt-template.ts";

const item: Item = { id: "1", input: "Which city? {{choices}}", choices: ["Paris", "Lyon"], metadata: { lang: "en", level: 2, note: null } };

describe("compileTemplate", () => {
  it("fills input, choices and metadata placeholders, spaces allowed, in one pass", () => {
    const render = compileTemplate("[{{ metadata.lang }}/{{metadata.level}}] {{input}}\n{{choices}}\nNote:{{metadata.note}}", new Set(["lang", "level", "note"]));
    expect(render(item)).toBe("[en/2] Which city? {{choices}}\nA) Paris\nB) Lyon\nNote:");
  });

  it("appends the choices when the template has no place for them, and leaves items without choices alone", () => {
    const render = compileTemplate("Q: {{input}}", new Set());
    expect(render(item)).toBe("Q: Which city? {{choices}}\n\nA) Paris\nB) Lyon");
    expect(render({ id: "2", input: "Plain?", metadata: {} })).toBe("Q: Plain?");
    expect(compileTemplate("{{input}} {{choices}}", new Set())({ id: "2", input: "Plain?", metadata: {} })).toBe("Plain? ");
  });

  it("rejects unknown placeholders and metadata keys no item has", () => {
    expect(() => compileTemplate("{{question}}", new Set())).toThrow(ConfigError);
    expect(() => compileTemplate("{{question}}", new Set())).toThrow("template: unknown placeholder {{question}} (use {{input}}, {{choices}} or {{metadata.KEY}})");
    expect(() => compileTemplate("{{metadata.topic}}", new Set(["lang", "level"]))).toThrow('template: {{metadata.topic}}: no item has metadata "topic" (available: lang, level)');
    expect(() => compileTemplate("{{expected}}", new Set())).toThrow(ConfigError);
  });
});

describe("choicesBlock", () => {
  it("letters the choices one per line", () => {
    expect(choicesBlock(["x", "y", "z"])).toBe("A) x\nB) y\nC) z");
  });
});
