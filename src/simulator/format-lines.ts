// Reads the closing lines a prompt asks for ("ANSWER: <your answer>", "CULPABLE: <la letra…>", "RÉPONSE : <…>"), so
// the simulated model answers in the format and language it was asked for, whatever the task. It sees only the text.

export interface FormatLine {
  /** The label as the prompt writes it, with its colon and spacing: "ANSWER: ", "RÉPONSE : ". */
  label: string;
  /** What goes after the label, lower-cased: "your answer", "the letter of the culprit". */
  placeholder: string;
}

// An upper-case label (letters and spaces), a colon, and an <angle-bracketed placeholder> filling the rest of the line.
const FORMAT_LINE = /^[ \t]*(\p{Lu}[\p{Lu} ]*?[ \t]*:[ \t]*)<([^>\n]+)>[ \t]*$/gmu;

/** The format lines of a prompt, in order; empty when it asks for none. */
export function formatLines(prompt: string): FormatLine[] {
  return [...prompt.matchAll(FORMAT_LINE)].map((match) => ({ label: match[1] ?? "", placeholder: (match[2] ?? "").toLowerCase() }));
}

/** A line of the format with its value filled in. */
export function filledLine(line: FormatLine, value: string): string {
  return `${line.label}${value}`;
}
