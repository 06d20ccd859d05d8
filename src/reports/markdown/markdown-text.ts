// Untrusted text in Markdown: inline text (names, labels, group values) is backslash-escaped so it cannot become a
// link, image, emphasis, HTML or a table break; model output goes in fenced code blocks, where nothing renders.

const INLINE_SPECIAL = /[\\`*_{}[\]<>#!|~&]/g;

/**
 * One line of plain text: every character Markdown could read as markup is escaped (brackets, so no link or image can
 * form; angle brackets, so no HTML), bare URLs are kept from autolinking, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/\s*[\r\n]+\s*/g, " ");
}

/**
 * A fenced code block whose fence is longer than any backtick run in the text, so no line of it can close the block.
 * Inside, links, images and HTML stay literal text.
 */
export function fencedBlock(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text.replace(/\r\n?/g, "\n").replace(/\n?$/, "\n")}${fence}`;
}

/** A pipe table; cells are Markdown already (escape text with escapeMarkdown first). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}
