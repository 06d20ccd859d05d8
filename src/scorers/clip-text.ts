// Short, single-line excerpts of model output for score answers and explanations.

/** Whitespace collapsed, cut to `max` characters with an ellipsis. */
export function clipText(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
