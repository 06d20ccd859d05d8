// Who makes a model, so a judge is never asked to grade its own maker's models (self-preference is a known bias):
// the config's `vendor` when given, else read from the model id. Unknown makers never count as a match.

const VENDORS: readonly [RegExp, string][] = [
  [/llama|scout|maverick/i, "meta"],
  [/\bgpt|\bo[1-9](?:-|$)|chatgpt|davinci/i, "openai"],
  [/claude/i, "anthropic"],
  [/gemini|gemma/i, "google"],
  [/qwen|qwq/i, "alibaba"],
  [/mistral|mixtral|codestral|ministral/i, "mistral"],
  [/deepseek/i, "deepseek"],
  [/grok/i, "xai"],
  [/command-r|\bcohere/i, "cohere"],
];

export function modelVendor(model: string, configured?: string): string | undefined {
  if (configured) return configured.toLowerCase();
  return VENDORS.find(([pattern]) => pattern.test(model))?.[1];
}
