// Builds each niah prompt at its length in the target's tokens: fresh needles for the trial, a haystack sized with
// the target's tokenizer (per-chunk counts cached), the needles placed at their depth, and the host's own counting
// applied through the points `prepare` measured (see size-calibration.ts).

import type { Item } from "../../core/item.ts";
import type { ChatMessage } from "../../core/messages.ts";
import { seededRandom, seedFromString } from "../../core/random.ts";
import type { PromptContext } from "../../core/task.ts";
import type { Tokenizer } from "../../tokenizers/tokenizer.ts";
import type { ChunkCounts } from "../../haystack/chunk-counts.ts";
import type { HaystackSource } from "../../haystack/haystack-source.ts";
import { buildSizedHaystack } from "../../haystack/sized-haystack.ts";
import { makeNeedleSet } from "./needles/make-needle-set.ts";
import { placeNeedles } from "./needles/place-needles.ts";
import { niahPrompt } from "./needles/niah-prompt.ts";
import type { NeedleKind, NeedleSet } from "./needles/needle-set.ts";
import type { NiahOptions } from "./niah-options.ts";
import { localTokensFor, pointsOf, type SizePoint } from "./size-calibration.ts";

export interface BuiltPrompt {
  messages: ChatMessage[];
  /** The whole prompt in local tokens (message contents; the chat format's few tokens are in the intercept). */
  localTokens: number;
}

export interface NiahPromptDeps {
  source: HaystackSource;
  counts: ChunkCounts;
  /** Target id -> the tokenizer its prompts are sized with. */
  tokenizers: ReadonlyMap<string, Tokenizer>;
  seed: number;
  options: NiahOptions;
}

/** Haystacks are the costly part (a 10M-token one is ~47 MB); the grid asks each length at many depths in a row. */
const HAYSTACK_CACHE_ENTRIES = 2;

export class NiahPrompts {
  private readonly haystacks = new Map<string, { text: string; tokens: number }>();

  constructor(private readonly deps: NiahPromptDeps) {}

  /** The needles of (item, trial): drawn from the run's seed, so the scorer and a resumed run get the same ones. */
  needlesFor(item: Item, trial: number): NeedleSet {
    const random = seededRandom(seedFromString(`${this.deps.seed}:${item.id}:${trial}`));
    const kind = item.metadata.kind as NeedleKind;
    return makeNeedleSet(kind, { random, language: this.deps.options.language, count: this.deps.options.needleCount });
  }

  tokenizerFor(targetId: string): Tokenizer {
    const tokenizer = this.deps.tokenizers.get(targetId);
    if (!tokenizer) throw new Error(`niah: no tokenizer was loaded for target ${targetId}`);
    return tokenizer;
  }

  messages(item: Item, context: PromptContext): ChatMessage[] {
    const set = this.needlesFor(item, context.trial);
    const points = pointsOf(context.preparation);
    return this.build(Number(item.metadata.length), Number(item.metadata.depth), set, this.tokenizerFor(context.target.id), points).messages;
  }

  /** A prompt of `hostTokens` as the host counts them (by the calibration points), needles at `depth` percent. */
  build(hostTokens: number, depth: number, set: NeedleSet, tokenizer: Tokenizer, points: readonly SizePoint[]): BuiltPrompt {
    const frame = niahPrompt("", set);
    const frameTokens = tokenizer.count(frame.user) + (frame.system ? tokenizer.count(frame.system) : 0);
    let needleTokens = 0;
    for (const needle of set.needles) needleTokens += tokenizer.count(` ${needle.text}`);
    const localTarget = localTokensFor(points, hostTokens);
    const haystackTokens = Math.max(1, localTarget - frameTokens - needleTokens);
    const haystack = this.haystack(tokenizer, haystackTokens);
    const placed = placeNeedles(haystack.text, set.needles.map((n) => n.text), depth);
    const prompt = niahPrompt(placed.text, set);
    const messages: ChatMessage[] = [];
    if (prompt.system) messages.push({ role: "system", content: prompt.system });
    messages.push({ role: "user", content: prompt.user });
    return { messages, localTokens: frameTokens + needleTokens + haystack.tokens };
  }

  private haystack(tokenizer: Tokenizer, tokens: number): { text: string; tokens: number } {
    const key = `${tokenizer.name}:${tokens}`;
    const cached = this.haystacks.get(key);
    if (cached) return cached;
    const built = buildSizedHaystack(this.deps.source, tokenizer, tokens, this.deps.counts);
    const haystack = { text: built.text, tokens: built.tokens };
    this.haystacks.set(key, haystack);
    while (this.haystacks.size > HAYSTACK_CACHE_ENTRIES) this.haystacks.delete(this.haystacks.keys().next().value as string);
    return haystack;
  }
}
