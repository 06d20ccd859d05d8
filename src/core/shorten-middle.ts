// Fits a name into a column by cutting its middle, where ids differ least: `groq:meta-llama/llama-4-…-16e-instruct`
// keeps the provider in front and the variant at the end.

export function shortenMiddle(text: string, width: number): string {
  if (text.length <= width) return text;
  if (width <= 1) return text.slice(0, Math.max(0, width));
  const kept = width - 1;
  const head = Math.ceil(kept / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (kept - head))}`;
}
