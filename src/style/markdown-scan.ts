// Counts the markdown structure of a response (headers, bold spans, list items, code blocks, tables) in one pass over
// its lines, and returns its prose: the text outside code, where exclamations and emoji mean style rather than syntax.

export interface MarkdownCounts {
  /** ATX ("## Title") and setext (a line underlined with === or ---) headers. */
  headers: number;
  /** **bold** and __bold__ spans on one line. */
  boldSpans: number;
  /** Bulleted (-, *, +) and numbered (1. or 1)) list items at any depth. */
  listItems: number;
  /** Fenced code blocks (``` or ~~~); an unclosed fence counts too. Indented code is not told apart from nested lists. */
  codeBlocks: number;
  /** Tables: a row with a pipe followed by a delimiter row (|---|:--:|). */
  tables: number;
}

export interface MarkdownScan {
  counts: MarkdownCounts;
  /** The lines outside fenced code, with inline code spans blanked out. */
  prose: string;
}

/** Every structure below starts with one of these after the indent; other lines are prose or blank. */
const MARKUP_START_CHARS = "-#=*+_|:0123456789`~";
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADER = /^ {0,3}#{1,6}[ \t]+\S/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$/;
const INLINE_CODE = /(`+)[^`]*?\1/g;
const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function scanMarkdown(text: string): MarkdownScan {
  const counts: MarkdownCounts = { headers: 0, boldSpans: 0, listItems: 0, codeBlocks: 0, tables: 0 };
  // Only text with backticks or tildes can hold code; any other text is its own prose, with nothing to rebuild.
  const prose: string[] | undefined = text.includes("`") || text.includes("~") ? [] : undefined;
  let fence: string | undefined;
  /** The previous line outside code, and whether it was a paragraph line a setext underline can turn into a header. */
  let previous = "";
  let previousIsParagraph = false;
  for (const line of text.split("\n")) {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    let paragraph = false;
    if (startsWithMarkup(line)) {
      const opening = FENCE.exec(line);
      if (opening) {
        fence = opening[1];
        counts.codeBlocks++;
        previous = "";
        previousIsParagraph = false;
        continue;
      }
      const rule = THEMATIC_BREAK.test(line);
      if (ATX_HEADER.test(line) || (SETEXT_UNDERLINE.test(line) && previousIsParagraph)) counts.headers++;
      else if (TABLE_DELIMITER.test(line) && previous.includes("|")) counts.tables++;
      else if (!rule && LIST_ITEM.test(line)) counts.listItems++;
      else paragraph = !rule && !line.includes("|");
    } else paragraph = line.trim().length > 0 && !line.includes("|");
    const plain = line.includes("`") ? line.replace(INLINE_CODE, " ") : line;
    prose?.push(plain);
    counts.boldSpans += countBold(plain, "**") + countBold(plain, "__");
    previous = line;
    previousIsParagraph = paragraph;
  }
  return { counts, prose: prose ? prose.join("\n") : text };
}

/** A character test rather than a regex: most lines are prose, and this runs on every one of them. */
function startsWithMarkup(line: string): boolean {
  let i = 0;
  while (line.charAt(i) === " " || line.charAt(i) === "\t") i++;
  const first = line.charAt(i);
  return first !== "" && MARKUP_START_CHARS.includes(first);
}

/** A closing fence uses the opening's character, at least as many times, and nothing after it. */
function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed === fence[0]!.repeat(trimmed.length) && line.search(/\S/) <= 3;
}

/**
 * Bold spans on one line: an opener followed by a non-space, closed by the nearest marker after a non-space.
 * Underscores must also stand outside words, so snake__case__names are not bold. A scan over markers, not a regex:
 * a loop that writes 100 KB of unclosed openers stays linear.
 */
function countBold(line: string, marker: "**" | "__"): number {
  const underscore = marker === "__";
  let spans = 0;
  let open = false;
  for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + 2)) {
    const before = line.charAt(at - 1);
    const after = line.charAt(at + 2);
    if (open && !WHITESPACE.test(before) && !(underscore && WORD_CHAR.test(after))) {
      spans++;
      open = false;
    } else if (!open && after !== "" && !WHITESPACE.test(after) && !(underscore && WORD_CHAR.test(before))) open = true;
  }
  return spans;
}
