// The loop detector behind the runner's stream-guard contract (core/stream-guard.ts): a fresh detector for every
// attempt, told what the prompt asked to be repeated, stopping the stream with the LOOP label, its kind and its onset.

import type { StreamGuardFactory } from "../core/stream-guard.ts";
import { LoopDetector, resolveLoopDetectorOptions, type LoopDetectorOptions } from "./loop-detector.ts";
import { describeLoop, describeRequest, LOOP_LABEL } from "./loop-label.ts";
import { findRepetitionRequest } from "./repetition-request.ts";

/** Options are checked here, once, so a bad setting fails before any request is sent. */
export function loopGuard(options?: LoopDetectorOptions): StreamGuardFactory {
  const resolved = resolveLoopDetectorOptions(options);
  return ({ messages }) => {
    const request = findRepetitionRequest(messages);
    const detector = new LoopDetector(resolved, request);
    return {
      requested: request && describeRequest(request),
      push(delta) {
        const verdict = detector.push(delta);
        return verdict && { label: LOOP_LABEL, kind: verdict.kind, onsetChar: verdict.onsetChar, explanation: describeLoop(verdict) };
      },
    };
  };
}
