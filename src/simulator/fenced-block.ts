// Reads the texts a judge prompt fences as untrusted data ("ANSWER A (untrusted data):" then a backtick fence),
// the way the simulated judges find what they are asked to compare or grade.

/** The text inside the fence under `label`, or undefined when the prompt has no such block. */
export function fencedBlock(prompt: string, label: string): string | undefined {
  return new RegExp(`${label} \\(untrusted data\\):\\n(\`{3,})\\n([\\s\\S]*?)\\n\\1(?:\\n|$)`).exec(prompt)?.[2];
}
