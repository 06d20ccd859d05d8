// Every probe call in order, for the transcript, and what the calls so far say about the host's token counting:
// the ratio of its counts to ours, and whether a reply counted fewer tokens than were sent (a sign of a cut).

import type { FinishReason } from "../../core/model-adapter.ts";
import { type CodesKept, codesKept } from "./codes-kept.ts";
import type { PlantedCodes, ProbeIo } from "./probe-io.ts";

export type ProbePhase = "limit" | "truncation";

interface StepBase {
  /** 1-based order of the call. */
  call: number;
  phase: ProbePhase;
  /** The size asked for, in local tokens. */
  requestedTokens: number;
}

export interface AcceptedStep extends StepBase {
  accepted: true;
  localTokens: number;
  reportedPromptTokens?: number;
  codes: PlantedCodes;
  kept: CodesKept;
  finishReason: FinishReason;
  /** The start of the reply: enough to see whether the model answered at all. */
  excerpt: string;
}

export interface RejectedStep extends StepBase {
  accepted: false;
  statedLimitTokens?: number;
  message: string;
}

export type ProbeStep = AcceptedStep | RejectedStep;

const EXCERPT_CHARS = 200;

/**
 * A reply counted this much below the expected host count is a cut. Wide enough for a fixed per-request overhead
 * in the host's count that our local count lacks (it inflates the ratio at small sizes), narrow enough to see a cut.
 */
export const SHORTFALL_TOLERANCE = 0.05;

export class ProbeLog {
  readonly steps: ProbeStep[] = [];

  constructor(private readonly io: ProbeIo) {}

  async ask(tokens: number, phase: ProbePhase): Promise<ProbeStep> {
    const reply = await this.io.ask({ tokens });
    const base = { call: this.steps.length + 1, phase, requestedTokens: tokens };
    const step: ProbeStep = reply.accepted
      ? {
          ...base,
          accepted: true,
          localTokens: reply.localTokens,
          reportedPromptTokens: reply.reportedPromptTokens,
          codes: reply.codes,
          kept: codesKept(reply.text, reply.codes),
          finishReason: reply.finishReason,
          excerpt: reply.text.slice(0, EXCERPT_CHARS),
        }
      : { ...base, accepted: false, statedLimitTokens: reply.limitTokens, message: reply.message.slice(0, EXCERPT_CHARS) };
    this.steps.push(step);
    return step;
  }

  acceptedSteps(): AcceptedStep[] {
    return this.steps.filter((step): step is AcceptedStep => step.accepted);
  }

  /**
   * Host tokens per local token, when the host reports counts. The largest ratio seen: a cut only lowers a
   * reply's ratio (the host counts what it kept), so the largest is the one least affected by cuts.
   */
  tokenRatio(): number | undefined {
    let ratio: number | undefined;
    for (const step of this.acceptedSteps()) {
      if (step.reportedPromptTokens === undefined || step.localTokens <= 0) continue;
      ratio = Math.max(ratio ?? 0, step.reportedPromptTokens / step.localTokens);
    }
    return ratio;
  }

  /** True when the host counted clearly fewer tokens than the prompt we sent: it kept only part of it. */
  countShortfall(step: AcceptedStep): boolean {
    const ratio = this.tokenRatio();
    if (step.reportedPromptTokens === undefined || ratio === undefined) return false;
    return step.reportedPromptTokens < step.localTokens * ratio * (1 - SHORTFALL_TOLERANCE);
  }

  /** A local count in the host's tokens (the same number when the host never reports counts). */
  toHostTokens(localTokens: number): number {
    return Math.round(localTokens * (this.tokenRatio() ?? 1));
  }

  /** What the host counted for a prompt, or would have counted before cutting it. */
  hostTokens(step: AcceptedStep): number {
    if (step.reportedPromptTokens !== undefined && !this.countShortfall(step)) return step.reportedPromptTokens;
    return this.toHostTokens(step.localTokens);
  }

  /** Local tokens per host token near `step`: from its own report when it was not cut, else the overall ratio. */
  localPerHostToken(step: AcceptedStep | undefined): number {
    if (step?.reportedPromptTokens !== undefined && step.reportedPromptTokens > 0 && !this.countShortfall(step)) {
      return step.localTokens / step.reportedPromptTokens;
    }
    return 1 / (this.tokenRatio() ?? 1);
  }
}
