// What the width tests look for: the lines of a command's output longer than the terminal it was given, since every
// line the CLI prints must fit (cli/terminal-width.ts), tables and prose alike.

export function linesWiderThan(width: number, ...outputs: string[]): string[] {
  return outputs.flatMap((output) => output.split("\n")).filter((line) => line.length > width);
}
