// Streams one reply as SSE: a role chunk, content pieces of a few words (paced when the profile says so),
// the finish chunk, usage when asked, [DONE]. A drop fault cuts the connection halfway instead.

import type { ServerResponse } from "node:http";
import type { Clock } from "../core/clock.ts";
import type { ReplyDecision } from "./behaviour.ts";
import {
  chunkPrefix,
  contentChunk,
  DONE_LINE,
  finishChunk,
  type ResponseMeta,
  roleChunk,
  SIMULATED_HEADER,
  splitIntoChunks,
  usageChunk,
} from "./openai-response.ts";
import { countSimulatedTokens } from "../tokenizers/simulator-tokenizer.ts";

const WORDS_PER_CHUNK = 4;

export interface StreamOptions {
  meta: ResponseMeta;
  includeUsage: boolean;
  headers: Record<string, string> | undefined;
  /** Paces the pieces. */
  clock: Clock;
}

export function streamReply(res: ServerResponse, reply: ReplyDecision, { meta, includeUsage, headers, clock }: StreamOptions): void {
  res.writeHead(200, { ...headers, [SIMULATED_HEADER]: "1", "content-type": "text/event-stream", "cache-control": "no-cache" });
  const prefix = chunkPrefix(meta);
  const pieces = splitIntoChunks(reply.text, WORDS_PER_CHUNK);
  const dropAfter = reply.drop ? Math.max(1, Math.floor(pieces.length / 2)) : -1;
  res.write(roleChunk(prefix));
  let next = 0;
  const pump = (): void => {
    if (res.destroyed) return;
    while (next < pieces.length) {
      const piece = pieces[next++] as string;
      const chunk = contentChunk(prefix, piece);
      if (next === dropAfter) {
        // Destroy only once the pieces are flushed, so the client sees a stream that started and then broke.
        res.write(chunk, () => res.destroy());
        return;
      }
      res.write(chunk);
      if (reply.tokensPerSecond > 0) {
        void clock.sleep((countSimulatedTokens(piece) / reply.tokensPerSecond) * 1000).then(pump);
        return;
      }
    }
    if (dropAfter >= 0) {
      res.destroy();
      return;
    }
    let tail = finishChunk(prefix, reply.finishReason);
    if (includeUsage) tail += usageChunk(prefix, reply);
    res.end(tail + DONE_LINE);
  };
  pump();
}
