// The loop detector behind the runner's stream-guard contract (core/stream-guard.ts): a fresh detector for every
// attempt, stopping the stream with the LOOP label and where the loop began.

import type { StreamGuardFactory } from "../core/stream-guard.ts";
import { LoopDetector, resolveLoopDetectorOptions, type LoopDetectorOptions } from "./loop-detector.ts";
import { describeLoop, LOOP_LABEL } from "./loop-label.ts";

/** Options are checked here, once, so a bad setting fails before any request is sent. */
export function loopGuard(options?: LoopDetectorOptions): StreamGuardFactory {
  const resolved = resolveLoopDetectorOptions(options);
  return () => {
    const detector = new LoopDetector(resolved);
    return {
      push(delta) {
        const verdict = detector.push(delta);
        return verdict && { label: LOOP_LABEL, onsetChar: verdict.onsetChar, explanation: describeLoop(verdict) };
      },
    };
  };
}
