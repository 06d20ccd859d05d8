// What a sample was asked and what a right answer says, as its task built them for its target and trial (a riddle's
// names and numbers drawn, a needle planted in its haystack), never the item's template. The export and the
// dashboard's transcript both read these.

import type { Item } from "../core/item.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { SampleRecords } from "../core/run-store.ts";
import type { SampleKey } from "../core/sample.ts";
import type { TargetSpec } from "../core/target.ts";
import type { Task } from "../core/task.ts";

/** The right answer in words: the task's own for the trial (Task.expected), else the item's `expected`, else none. */
export function expectedAnswer(task: Task | undefined, item: Item, trial: number): string | undefined {
  if (task?.expected) return task.expected(item, trial);
  if (item.expected === undefined) return undefined;
  return Array.isArray(item.expected) ? item.expected.join(" | ") : item.expected;
}

/** The messages the sample sent first: its item's own, or the task's prompt for the target and trial, with the stored preparation (prompt sizes) of the run. */
export async function askedMessages(store: Pick<SampleRecords, "getPreparation">, runId: string, key: SampleKey, item: Item, task: Task, target: TargetSpec): Promise<ChatMessage[]> {
  if (item.messages) return item.messages;
  const preparation = await store.getPreparation(runId, key.targetId, key.taskId);
  return task.prompt(item, { target, trial: key.trial, preparation });
}
