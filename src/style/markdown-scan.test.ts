import { describe, expect, it } from "vitest";
import { scanMarkdown } from "./markdown-scan.ts";

const lines = (...rows: string[]) => rows.join("\n");

describe("scanMarkdown", () => {
  it("counts each structure in a crafted answer", () => {
    const text = lines(
      "# Title",
      "",
      "Intro with **bold** and __also bold__ and **two** spans, not ** spaced ** or snake__case__name.",
      "",
      "Setext header",
      "=============",
      "",
      "## Steps",
      "- first",
      "  * nested",
      "+ third",
      "1. one",
      "2) two",
      "",
      "| a | b |",
      "|---|:-:|",
      "| 1 | 2 |",
      "",
      "```python",
      "# not a header",
      "- not a list item",
      "print('**not bold**')",
      "```",
      "",
      "~~~",
      "| x |",
      "|---|",
      "~~~",
      "",
      "a | b",
      "--|--",
      "",
      "#hashtag is not a header",
      "-not a list item",
      "2024 was a year.",
    );
    expect(scanMarkdown(text).counts).toEqual({ headers: 3, boldSpans: 3, listItems: 5, codeBlocks: 2, tables: 2 });
  });

  it("tells a setext underline from a thematic break", () => {
    expect(scanMarkdown(lines("Paragraph", "---", "", "---", "", "* * *", "", "- - -")).counts).toMatchObject({ headers: 1, listItems: 0 });
  });

  it("counts an unclosed fence and ignores everything after it", () => {
    const scan = scanMarkdown(lines("Text!", "````", "# no", "```", "- still code"));
    expect(scan.counts).toEqual({ headers: 0, boldSpans: 0, listItems: 0, codeBlocks: 1, tables: 0 });
    expect(scan.prose).toBe("Text!");
  });

  it("returns the prose without fenced or inline code", () => {
    const scan = scanMarkdown(lines("Use `if (!x)` here!", "```", "x != y!", "```", "Done."));
    expect(scan.prose).toBe(lines("Use   here!", "Done."));
  });

  it("finds nothing in plain text", () => {
    expect(scanMarkdown("Just a sentence. And another one.").counts).toEqual({ headers: 0, boldSpans: 0, listItems: 0, codeBlocks: 0, tables: 0 });
  });
});
