// The one thing the context probe needs from the outside world: send a prompt of about N tokens and say what
// came back. The caller builds the prompt and sends it; the searches here only decide which sizes to ask.

import { ContextLengthExceededError } from "../../core/errors.ts";
import type { FinishReason } from "../../core/model-adapter.ts";

export interface ProbeRequest {
  /** Prompt size to build, in local tokens (the caller's tokenizer). */
  tokens: number;
}

/** Fresh, unique codes planted in one prompt: near its start, at its middle and near its end. */
export interface PlantedCodes {
  start: string;
  middle: string;
  end: string;
}

export interface AcceptedReply {
  accepted: true;
  text: string;
  /** The prompt actually built, counted locally (close to the requested size). */
  localTokens: number;
  /** The host's prompt-token count from its usage, when it reports one. */
  reportedPromptTokens?: number;
  codes: PlantedCodes;
  finishReason: FinishReason;
}

export interface RejectedReply {
  accepted: false;
  /** The limit the host stated in its context-length error, in its own tokens, when it stated one. */
  limitTokens?: number;
  message: string;
}

export type ProbeReply = AcceptedReply | RejectedReply;

/**
 * Builds and sends one probe prompt. Every prompt plants fresh codes (so no cache or earlier answer can return them)
 * and asks for all of them back, with the request at both ends, so a cut on either side still leaves it.
 * A context-length error is a reply (`accepted: false`, see rejectionFrom); any other failure is thrown.
 */
export interface ProbeIo {
  ask(request: ProbeRequest): Promise<ProbeReply>;
}

/** A context-length error as a rejected reply; anything else is rethrown, because only that error answers the question. */
export function rejectionFrom(error: unknown): RejectedReply {
  if (error instanceof ContextLengthExceededError) {
    return { accepted: false, limitTokens: error.limitTokens, message: error.message };
  }
  throw error;
}
