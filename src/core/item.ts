// One question of a task, with its expected answer and metadata.

import type { ChatMessage } from "./messages.ts";

export type MetadataValue = string | number | boolean | null;
export type Metadata = Record<string, MetadataValue>;

export interface Item {
  /** Stable within its task: the same id always names the same question. */
  id: string;
  /** The question as text; tasks turn it into messages. */
  input: string;
  expected?: string | string[];
  choices?: string[];
  metadata: Metadata;
  /** Prebuilt messages, for families that write whole conversations. */
  messages?: ChatMessage[];
  /**
   * User turns sent after each answer, in order: the sample becomes one conversation (a plan, then chapters), and its
   * scorers see every turn. Absent for single-turn items.
   */
  followUps?: string[];
}
