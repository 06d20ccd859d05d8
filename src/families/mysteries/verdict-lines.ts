// Finds the two closing lines every mystery prompt asks for ("CULPRIT: …", "CLUE: …"), in any story language,
// through the markdown models wrap them in: bold labels or values, list markers, headings, quotes, code ticks.

/** The labels the English and Spanish prompts ask for; either is read whatever the prompt's language. */
const LABELS = { culprit: ["culprit", "culpable"], clue: ["clue", "pista"] } as const;

export type VerdictLine = keyof typeof LABELS;

const WRAPPERS = /^(?:\s|\*\*|__|`|\*|_)+|(?:\s|\*\*|__|`|\*|_)+$/gu;

const linePattern = (labels: readonly string[]) =>
  new RegExp(String.raw`^[ \t]*(?:[-*>#]+[ \t]+)*(?:\*\*|__|\x60)?[ \t]*(?:${labels.join("|")})[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(.*)$`, "gimu");

const PATTERNS: Record<VerdictLine, RegExp> = { culprit: linePattern(LABELS.culprit), clue: linePattern(LABELS.clue) };
const ANY_LABEL = new RegExp(linePattern([...LABELS.culprit, ...LABELS.clue]).source, "imu");

/** The value of the last such line (or, when that line holds only the label, of the next non-empty line). */
export function findVerdictLine(text: string, line: VerdictLine): string | undefined {
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(PATTERNS[line])) last = match;
  if (!last) return undefined;
  const value = clean(last[1] ?? "");
  if (value) return value;
  const next = text.slice((last.index ?? 0) + last[0].length).split("\n").find((l) => l.trim() !== "");
  // A bare label followed by the other closing line has no value of its own.
  if (next === undefined || ANY_LABEL.test(next)) return undefined;
  return clean(next) || undefined;
}

function clean(value: string): string {
  return value.replace(WRAPPERS, "");
}
