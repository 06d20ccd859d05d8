import { describe, expect, it } from "vitest";
import { escapeMarkdown, fencedBlock, markdownTable } from "./markdown-text.ts";

describe("escapeMarkdown", () => {
  it("keeps links, images, HTML and table pipes from becoming markup", () => {
    const text = escapeMarkdown("[click](javascript:alert(1)) ![x](http://evil/x.png) <b>a|b</b> www.evil.example\nnext");
    expect(text).toBe("\\[click\\](javascript:alert(1)) \\!\\[x\\](http\\://evil/x.png) \\<b\\>a\\|b\\</b\\> www\\.evil.example next");
    expect(text).not.toMatch(/(^|[^\\])[[\]<>|]/);
  });
});

describe("fencedBlock", () => {
  it("uses a fence longer than any backtick run, so the text cannot close it", () => {
    const block = fencedBlock("before\n````\n<script>alert(1)</script>\n```");
    expect(block.startsWith("`````text\n")).toBe(true);
    expect(block.endsWith("\n`````")).toBe(true);
    expect(fencedBlock("plain")).toBe("```text\nplain\n```");
  });
});

describe("markdownTable", () => {
  it("writes a header, a rule and one line per row", () => {
    expect(markdownTable(["a", "b"], [["1", "2"]])).toBe("| a | b |\n|---|---|\n| 1 | 2 |");
  });
});
