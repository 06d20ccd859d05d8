// A plain HTML table from cells that are already HTML (callers escape text with escapeHtml first).

export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[], className = "data"): string {
  const head = `<tr>${headers.map((cell) => `<th>${cell}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("");
  return `<div class="scroll"><table class="${className}"><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}
