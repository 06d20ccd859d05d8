// Prose lines (plans, notes) fitted to the terminal: a longer line is wrapped at spaces, its continuation lines
// indented a step deeper than the line's own indent, so nested plan lines still read as nested.

import { wrapText } from "../core/wrap-text.ts";

export function fitLines(lines: readonly string[], width: number): string[] {
  return lines.flatMap((line) => wrapText(line, width, `${/^ */.exec(line)![0]}    `));
}
