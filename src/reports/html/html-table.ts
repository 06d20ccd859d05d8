// Plain HTML tables from cells that are already HTML (callers escape text with escapeHtml first), each in a container
// that scrolls sideways on its own, so no table can make the page wider than the screen.

import { escapeHtml } from "./escape.ts";

export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[], className = "data"): string {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return wrap(headers, body, className);
}

export interface NotedRow {
  cells: readonly string[];
  /** A line under the row across the table (evidence, sources): long text that would make its column wide. */
  note?: string;
}

/**
 * Rows followed by their notes, a note spanning every column but the first. Headers are plain text: each cell carries
 * its own as a label, which a narrow screen shows when it lays the rows out as cards.
 */
export function notedTable(headers: readonly string[], rows: readonly NotedRow[], className = "data noted"): string {
  const body = rows
    .map(({ cells, note }) => {
      const row = `<tr class="${note === undefined ? "" : "has-note"}">${cells.map((cell, c) => `<td data-label="${escapeHtml(headers[c] ?? "")}">${cell}</td>`).join("")}</tr>`;
      return note === undefined ? row : `${row}<tr class="note"><td></td><td colspan="${cells.length - 1}">${note}</td></tr>`;
    })
    .join("");
  return wrap(headers.map(escapeHtml), body, className);
}

function wrap(headers: readonly string[], body: string, className: string): string {
  const head = `<tr>${headers.map((cell) => `<th>${cell}</th>`).join("")}</tr>`;
  return `<div class="scroll"><table class="${className}"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}
