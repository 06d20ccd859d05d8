// A host with known truth for the probe's tests: a hard limit (stated or not), a ratio between its token counts and
// ours, a silent cut on one side, and a model that overlooks a code on chosen calls.

import type { CodePosition } from "./codes-kept.ts";
import type { PlantedCodes, ProbeIo, ProbeReply, ProbeRequest } from "./probe-io.ts";

export interface FakeHostTruth {
  /** Host tokens per local token (default 1). */
  ratio?: number;
  /** Rejects prompts of more host tokens than this. */
  rejectAbove?: number;
  /** Whether the context error states the limit (default true). */
  statesLimit?: boolean;
  /** Silently keeps only this many host tokens, dropping the rest from one side. */
  truncate?: { keepTokens: number; side: "front" | "middle" | "back" };
  /** Whether usage carries prompt tokens (default true). */
  reportsTokens?: boolean;
  /** 1-based call number -> the code the model overlooks on that call. */
  misses?: Record<number, CodePosition>;
  /** Local tokens between the prompt's edges and the start and end codes (default 20). */
  edgeOffset?: number;
}

export class FakeProbeHost implements ProbeIo {
  readonly asked: number[] = [];

  constructor(private readonly truth: FakeHostTruth) {}

  async ask({ tokens }: ProbeRequest): Promise<ProbeReply> {
    this.asked.push(tokens);
    const call = this.asked.length;
    const ratio = this.truth.ratio ?? 1;
    const hostTokens = Math.round(tokens * ratio);
    const limit = this.truth.rejectAbove;
    if (limit !== undefined && hostTokens > limit) {
      const limitTokens = (this.truth.statesLimit ?? true) ? limit : undefined;
      return { accepted: false, limitTokens, message: `fake: ${hostTokens} tokens exceed the context window` };
    }
    const codes: PlantedCodes = { start: `ST-${call}01`, middle: `MD-${call}02`, end: `EN-${call}03` };
    const offset = (this.truth.edgeOffset ?? 20) * ratio;
    const positions: Record<CodePosition, number> = { start: offset, middle: hostTokens / 2, end: hostTokens - offset };
    const kept = (position: CodePosition) => this.truth.misses?.[call] !== position && this.survives(positions[position], hostTokens);
    const text = `The codes are: ${(["start", "middle", "end"] as const).filter(kept).map((p) => codes[p]).join(", ")}.`;
    const keep = this.truth.truncate?.keepTokens ?? hostTokens;
    return {
      accepted: true,
      text,
      localTokens: tokens,
      reportedPromptTokens: (this.truth.reportsTokens ?? true) ? Math.min(hostTokens, keep) : undefined,
      codes,
      finishReason: "stop",
    };
  }

  /** Whether the host token at `at` is still there after the cut. */
  private survives(at: number, hostTokens: number): boolean {
    const cut = this.truth.truncate;
    if (cut === undefined || hostTokens <= cut.keepTokens) return true;
    const dropped = hostTokens - cut.keepTokens;
    if (cut.side === "front") return at >= dropped;
    if (cut.side === "back") return at < cut.keepTokens;
    return at < cut.keepTokens / 2 || at >= cut.keepTokens / 2 + dropped;
  }
}
