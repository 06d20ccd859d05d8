// The user's prompt template: {{input}}, {{choices}} and {{metadata.KEY}} placeholders, checked when the task is built.

import { ConfigError } from "../../core/errors.ts";
import type { Item } from "../../core/item.ts";
import { choiceLetter } from "../../scorers/extract-choice.ts";

export const DEFAULT_TEMPLATE = "{{input}}";

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/gu;

/** Lettered choices, one per line: "A) Paris". */
export function choicesBlock(choices: readonly string[]): string {
  return choices.map((choice, index) => `${choiceLetter(index)}) ${choice}`).join("\n");
}

/**
 * Checks every placeholder against the metadata keys the items have and returns the renderer. Without a
 * {{choices}} placeholder, an item's choices are appended after a blank line, so a question never loses them.
 */
export function compileTemplate(template: string, metadataKeys: ReadonlySet<string>): (item: Item) => string {
  let mentionsChoices = false;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (name === "input") continue;
    if (name === "choices") {
      mentionsChoices = true;
      continue;
    }
    if (name.startsWith("metadata.")) {
      const key = name.slice("metadata.".length);
      if (metadataKeys.has(key)) continue;
      const available = metadataKeys.size > 0 ? [...metadataKeys].join(", ") : "none";
      throw new ConfigError(`{{${name}}}: no item has metadata "${key}" (available: ${available})`, "template");
    }
    throw new ConfigError(`unknown placeholder {{${name}}} (use {{input}}, {{choices}} or {{metadata.KEY}})`, "template");
  }
  return (item) => {
    // One pass, so text inside an input that looks like a placeholder is left alone.
    const text = template.replace(PLACEHOLDER, (_whole, name: string) => {
      if (name === "input") return item.input;
      if (name === "choices") return item.choices ? choicesBlock(item.choices) : "";
      const value = item.metadata[name.slice("metadata.".length)];
      return value === undefined || value === null ? "" : String(value);
    });
    return !mentionsChoices && item.choices ? `${text}\n\n${choicesBlock(item.choices)}` : text;
  };
}
