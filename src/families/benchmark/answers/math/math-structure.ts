// The shape of a normalised maths answer: one expression, an equation, an ordered tuple or interval (with its
// brackets), an unordered set or list, a union of intervals, or a matrix. Splitting respects nesting, so
// (1, \frac{1}{2}) has two items and \{1,2\} \cup [3,4) is not read as a list.

export type MathValue =
  | { kind: "expression"; text: string }
  | { kind: "equation"; left: string; right: string }
  | { kind: "ordered"; open: string; close: string; items: MathValue[] }
  | { kind: "unordered"; items: MathValue[] }
  | { kind: "union"; parts: MathValue[] }
  | { kind: "matrix"; rows: MathValue[][] };

const MATRIX = /^\\begin\{([pbvB]?matrix|array)\}(?:\{[^}]*\})?(.*)\\end\{\1\}$/su;
const OPENERS: Record<string, string> = { "(": ")", "[": "]", "\\{": "\\}" };

export function mathStructure(text: string): MathValue {
  const matrix = MATRIX.exec(text);
  if (matrix) {
    const rows = (matrix[2] ?? "").split("\\\\").filter((row) => row.trim() !== "");
    return { kind: "matrix", rows: rows.map((row) => row.split("&").map((cell) => mathStructure(cell.trim()))) };
  }
  const union = splitTopLevel(text, "\\cup");
  if (union.length > 1) return { kind: "union", parts: union.map(mathStructure) };
  const bracketed = outerBrackets(text);
  if (bracketed) {
    const items = splitTopLevel(bracketed.inner, ",");
    if (bracketed.open === "\\{") return { kind: "unordered", items: items.map(mathStructure) };
    if (items.length > 1 || bracketed.open === "[") return { kind: "ordered", open: bracketed.open, close: bracketed.close, items: items.map(mathStructure) };
  }
  const list = splitTopLevel(text, ",");
  if (list.length > 1) return { kind: "unordered", items: list.map(mathStructure) };
  const sides = splitTopLevel(text, "=");
  if (sides.length === 2) return { kind: "equation", left: sides[0] as string, right: sides[1] as string };
  return { kind: "expression", text };
}

/** "(a, b]" → open "(", close "]", inner "a, b", when the first bracket closes at the very end (mixed ends allowed). */
function outerBrackets(text: string): { open: string; close: string; inner: string } | undefined {
  const open = text.startsWith("\\{") ? "\\{" : text[0];
  if (open === undefined || !(open in OPENERS)) return undefined;
  const close = text.endsWith("\\}") ? "\\}" : text.at(-1);
  if (close === undefined || ![")", "]", "\\}"].includes(close)) return undefined;
  const inner = text.slice(open.length, text.length - close.length);
  // The opening bracket must be the one that closes at the end: "(1)(2)" is a product, not a tuple.
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] as string;
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    if (depth < 0) return undefined;
  }
  return depth === 0 ? { open, close, inner } : undefined;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "\\" && (text[i + 1] === "{" || text[i + 1] === "}")) {
      depth += text[i + 1] === "{" ? 1 : -1;
      i++;
      continue;
    }
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (depth === 0 && text.startsWith(separator, i) && !(separator.startsWith("\\") && /[A-Za-z]/u.test(text[i + separator.length] ?? ""))) {
      parts.push(text.slice(start, i).trim());
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part, index) => part !== "" || index > 0);
}
