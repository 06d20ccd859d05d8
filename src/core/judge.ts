// A model asked to grade another model's answers. Any target can be one; each family decides what it asks and how
// it reads the reply. Judges are resolved by name (a config target or provider:model) when tasks are built.

import type { ChatMessage } from "./messages.ts";
import type { GenerateResult } from "./model-adapter.ts";
import type { GenerationSettings } from "./target.ts";

export interface JudgeModel {
  /** The target id, recorded with every label the judge gives. */
  readonly id: string;
  readonly provider: string;
  readonly model: string;
  /** True for the provider simulator: a scripted judge, for tests and demos only. */
  readonly simulated: boolean;
  /** Who makes the judge's model, when the config says. */
  readonly vendor?: string;
  /** One request, with the runner's retries for transient failures; throws RealitycheckError when it cannot answer. */
  generate(messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult>;
}

export type JudgeResolver = (ref: string) => JudgeModel;
