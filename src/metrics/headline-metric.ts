// Which of a task's metrics are its headline: the numbers `show`, the HTML and Markdown reports, the dashboard and the
// runs list lead with. Every other metric breaks a headline down and is shown beneath it, or on request.

/**
 * A headline metric is the task's own (`accuracy`, `safe_refusal_rate`) or a judge's (`rubric[groq:llama-70b]`,
 * `unscored[groq:llama-70b]`: a judged writing task's result IS its judges' scores, and a judge id names a provider).
 * A breakdown splits one by language or category (`accuracy[es]`, `needle_recall[2]`), prompt length, depth or chapter
 * (`accuracy@8k`, `@d50`, `chapter_rubric[groq:j]@ch2`), or outcome (`rate:refused`).
 */
export function isHeadlineMetric(name: string): boolean {
  const outside = name.replace(/\[[^\]]*\]/g, "");
  if (/[@:]/.test(outside)) return false;
  const brackets = [...name.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]!);
  return brackets.every((inside) => inside.includes(":"));
}
