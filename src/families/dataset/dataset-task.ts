// The "datasets the user brings" family: a loaded file of items, asked through a template and scored by one
// named scorer. Everything that can be wrong with the combination is reported here, before a request is sent.

import { basename } from "node:path";
import { ConfigError } from "../../core/errors.ts";
import { canonicalJson, hashOf } from "../../core/hash.ts";
import type { Item } from "../../core/item.ts";
import type { ChatMessage } from "../../core/messages.ts";
import type { Task } from "../../core/task.ts";
import { createScorer, type ScorerName } from "../../scorers/scorer-registry.ts";
import { compileTemplate, DEFAULT_TEMPLATE } from "./prompt-template.ts";

export interface DatasetTaskOptions {
  /** The dataset's path, for error messages and the task's params. */
  file: string;
  items: Item[];
  scorer: ScorerName;
  /** Options of the chosen scorer, validated by createScorer. */
  scorerOptions?: Record<string, unknown>;
  system?: string;
  /** Default "{{input}}"; see compileTemplate for placeholders and how choices are added. */
  template?: string;
  /** Metadata keys to break metrics down by; each must occur in the items. */
  groupBy?: string[];
  /** Default "dataset". */
  id?: string;
}

export function datasetTask(options: DatasetTaskOptions): Task {
  const { file, items } = options;
  if (items.length === 0) throw new ConfigError("the dataset has no items", file);
  const scorer = createScorer(options.scorer, options.scorerOptions ?? {});
  for (const item of items) {
    const problem = scorer.itemProblem(item);
    if (problem) throw new ConfigError(problem, file);
  }
  const metadataKeys = new Set(items.flatMap((item) => Object.keys(item.metadata)));
  const groupBy = options.groupBy ?? [];
  for (const key of groupBy) {
    if (!metadataKeys.has(key)) {
      const available = metadataKeys.size > 0 ? [...metadataKeys].join(", ") : "none";
      throw new ConfigError(`unknown metadata key "${key}" (available: ${available})`, "groupBy");
    }
  }
  const template = options.template ?? DEFAULT_TEMPLATE;
  const render = compileTemplate(template, metadataKeys);
  const system = options.system;
  return {
    id: options.id ?? "dataset",
    family: "dataset",
    params: {
      file: basename(file),
      items: items.length,
      // Content hashes: an edited file or prompt is a different task, never a cache hit on old answers.
      itemsHash: hashOf(items).slice(0, 16),
      promptHash: hashOf({ system: system ?? null, template }).slice(0, 16),
      scorer: scorer.name,
      scorerOptions: canonicalJson(options.scorerOptions ?? {}),
    },
    items,
    prompt(item) {
      const messages: ChatMessage[] = [];
      if (system) messages.push({ role: "system", content: system });
      messages.push({ role: "user", content: render(item) });
      return messages;
    },
    // Metrics are the scorer's own: accuracy, or for the refusal labels how often each was given.
    scorers: [scorer],
    groupBy,
  };
}
