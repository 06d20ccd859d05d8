// The adapter step of the pipeline: one attempt under its deadline, streamed or not, with the stream guard watching a
// streamed answer (the loop guard), which may stop it early.

import type { ChatMessage } from "../core/messages.ts";
import type { GenerateResult, ModelAdapter } from "../core/model-adapter.ts";
import type { GuardStop, StreamGuardFactory } from "../core/stream-guard.ts";
import type { GenerationSettings } from "../core/target.ts";
import type { AttemptDeadlines } from "./attempt-deadlines.ts";

export interface Sent {
  result: GenerateResult;
  stop?: GuardStop;
  /** What the request asked to be repeated, as the guard read it (the guard lets that much through). */
  requested?: string;
}

export async function sendRequest(
  adapter: ModelAdapter,
  messages: ChatMessage[],
  settings: GenerationSettings,
  stream: boolean,
  deadlines: AttemptDeadlines,
  guardFactory: StreamGuardFactory | undefined,
): Promise<Sent> {
  const attempt = deadlines.start();
  try {
    const request = { messages, settings, signal: attempt.signal };
    if (!stream) return { result: await adapter.generate(request) };
    const guard = guardFactory?.({ messages });
    if (!guard) return { result: await adapter.stream(request) };
    let stop: GuardStop | undefined;
    const result = await adapter.stream({
      ...request,
      onTextDelta: (delta) => {
        stop ??= guard.push(delta);
        return stop ? "stop" : undefined;
      },
    });
    return { result, stop, requested: guard.requested };
  } finally {
    attempt.end();
  }
}
