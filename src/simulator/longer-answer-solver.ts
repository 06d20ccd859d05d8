// The `longer-answer` solver: plays a pairwise judge with a length bias. It picks answer A with probability
// len(A) / (len(A) + len(B)), drawn from a hash of the prompt (the same prompt always gets the same verdict), so
// longer answers win most of the time but not always, as with real verbose-loving judges. Tests use it to check
// that length control removes exactly this bias.

const FENCED = (label: string) => new RegExp(`${label} \\(untrusted data\\):\\n(\`{3,})\\n([\\s\\S]*?)\\n\\1(?:\\n|$)`);

export function longerAnswer(question: string): string | undefined {
  const a = FENCED("ANSWER A").exec(question)?.[2];
  const b = FENCED("ANSWER B").exec(question)?.[2];
  if (a === undefined || b === undefined || a.length + b.length === 0) return undefined;
  return unitHash(question) < a.length / (a.length + b.length) ? "A" : "B";
}

/** FNV-1a over the text, scaled to [0, 1). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
