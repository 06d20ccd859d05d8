// A niah task's per-target preparation: a few small prompts sent to the host, whose reported prompt tokens (the
// ground truth) give points from our local count to the host's. Prompts are then sized so the host counts N
// tokens, and the method is recorded with the run: which tokenizer, whether the host confirmed it, the points.

import { isRealitycheckError } from "../../core/errors.ts";
import type { Metadata } from "../../core/item.ts";
import { seededRandom } from "../../core/random.ts";
import type { PrepareContext } from "../../core/task.ts";
import { tokenizerLabel } from "../../tokenizers/tokenizer-registry.ts";
import type { Tokenizer } from "../../tokenizers/tokenizer.ts";
import { makeNeedleSet } from "./needles/make-needle-set.ts";
import type { NiahOptions } from "./niah-options.ts";
import type { NiahPrompts } from "./niah-prompts.ts";
import { encodePoints, type SizePoint } from "./size-calibration.ts";

/** Spread over the short end, where text varies most per token; 21k prompt tokens in all, next to nothing in cost. */
export const CALIBRATION_SIZES = [1_000, 4_000, 16_000] as const;
/** Tokenizers of one language differ by tens of percent at most; a segment far outside that means the host stopped
 * counting what was sent (a silent cut), so points from there on are not trusted. */
const MIN_SLOPE = 0.6;
const MAX_SLOPE = 1.7;

export async function calibrateSizes(context: PrepareContext, prompts: NiahPrompts, options: NiahOptions): Promise<Metadata> {
  const tokenizer = prompts.tokenizerFor(context.target.id);
  const label = tokenizerLabel(tokenizer);
  if (!options.calibrate) return preparation(tokenizer, [], `${label}, not checked against the host (calibration off)`, 0);
  const points: SizePoint[] = [];
  let requests = 0;
  let warning = "";
  for (const size of CALIBRATION_SIZES) {
    requests++;
    const point = await measure(context, prompts, tokenizer, size, options);
    if (point === "rejected") break;
    if (point === "unreported") return preparation(tokenizer, [], `${label}; the host reports no prompt tokens, so sizes are unconfirmed`, requests);
    const last = points.at(-1);
    const slope = last ? (point.host - last.host) / (point.local - last.local) : point.host / point.local;
    if (slope < MIN_SLOPE || slope > MAX_SLOPE) {
      warning = `; the host counted ${point.host} tokens for ${point.local} local ones: silent truncation? (run probe-context)`;
      break;
    }
    points.push(point);
  }
  if (points.length === 0) return preparation(tokenizer, [], `${label}; the host rejected the smallest calibration prompt${warning}`, requests);
  const ratio = (points.at(-1)!.host / points.at(-1)!.local).toFixed(3);
  return preparation(tokenizer, points, `${label}, calibrated on ${points.length} requests (host/local ${ratio})${warning}`, requests);
}

async function measure(context: PrepareContext, prompts: NiahPrompts, tokenizer: Tokenizer, size: number, options: NiahOptions): Promise<SizePoint | "rejected" | "unreported"> {
  const set = makeNeedleSet("single", { random: seededRandom(size), language: options.language });
  const built = prompts.build(size, 50, set, tokenizer, []);
  try {
    const result = await context.send(built.messages, { maxOutputTokens: 1, temperature: 0 });
    const host = result.usage.inputTokens;
    return host === undefined || host <= 0 ? "unreported" : { local: built.localTokens, host };
  } catch (error) {
    if (isRealitycheckError(error) && error.kind === "context_length_exceeded") return "rejected";
    throw error;
  }
}

function preparation(tokenizer: Tokenizer, points: readonly SizePoint[], summary: string, requests: number): Metadata {
  return { tokenizer: tokenizer.name, tokenizerExact: tokenizer.exact, points: encodePoints(points), calibrationRequests: requests, summary };
}
