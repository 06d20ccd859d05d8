// Prose lines (probe evidence, the effective-length sentences) broken at spaces to fit the terminal, never mid-word.

/** A line of prose broken at spaces into lines of at most `width`, continuation lines indented. */
export function wrapWords(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
  let line = lead;
  for (const word of text.slice(lead.length).split(" ")) {
    const candidate = line.trim() === "" ? `${line}${word}` : `${line} ${word}`;
    if (candidate.length > width && line.trim() !== "") {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
  }
  return [...lines, line];
}
