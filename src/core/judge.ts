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
  /**
   * One request through the run's request pipeline (paced, budgeted, retried, recorded; reused at temperature 0).
   * Throws RealitycheckError when it cannot answer, and RunStoppedError when the run stopped before it could.
   */
  generate(messages: ChatMessage[], settings: GenerationSettings): Promise<GenerateResult>;
}

export type JudgeResolver = (ref: string) => JudgeModel;

/** One judge request a grader makes for one answer, as `plan` prices it before anything is sent. */
export interface PlannedJudgeRequest {
  judge: JudgeModel;
  /** The request as it is sent, with the graded text left out: the plan adds it at the target's output cap. */
  messages: ChatMessage[];
  maxOutputTokens: number;
  /** How many of the target's answers the request quotes (a chapter with its plan: two; a whole work: every chapter). */
  answers: number;
}
