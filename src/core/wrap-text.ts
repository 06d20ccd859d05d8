// Breaks a line of prose into lines of at most `width` characters at spaces, continuation lines indented; a word
// longer than a whole line (a URL, a path) is cut where the line ends rather than overflowing it.

export function wrapText(text: string, width: number, indent = "  "): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = "";
  const lead = /^ */.exec(text)![0];
  for (const word of text.slice(lead.length).split(/ +/)) {
    const prefix = lines.length === 0 ? lead : indent;
    const candidate = line === "" ? `${prefix}${word}` : `${line} ${word}`;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    let rest = `${lines.length === 0 ? lead : indent}${word}`;
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = `${indent}${rest.slice(width)}`;
    }
    line = rest;
  }
  if (line.trim() !== "") lines.push(line);
  return lines;
}
