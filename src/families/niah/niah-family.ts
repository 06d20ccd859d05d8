// The niah family as the registry sees it: validated options in; a task whose prompts are sized per target,
// calibrated against each host, with needles drawn fresh every trial.

import { join } from "node:path";
import { ConfigError } from "../../core/errors.ts";
import type { TargetSpec } from "../../core/target.ts";
import type { ScoredSample, Task } from "../../core/task.ts";
import { loadTokenizerForModel } from "../../providers/target-tokenizer.ts";
import { refusalLabel } from "../../scorers/refusal-label.ts";
import { loadTokenizer, tokenizerLabel } from "../../tokenizers/tokenizer-registry.ts";
import type { Tokenizer } from "../../tokenizers/tokenizer.ts";
import { adaptiveSampling } from "../adaptive-option.ts";
import type { TaskFamily } from "../task-family.ts";
import { lengthLabel } from "./grid-spec.ts";
import { ChunkCounts } from "../../haystack/chunk-counts.ts";
import { distractorProse } from "../../haystack/distractor-prose.ts";
import { fileHaystack } from "../../haystack/file-haystack.ts";
import { haystackCapacity } from "../../haystack/haystack-capacity.ts";
import type { HaystackSource } from "../../haystack/haystack-source.ts";
import { proceduralProse } from "../../haystack/procedural-prose.ts";
import { repeatedNoise } from "../../haystack/repeated-noise.ts";
import { niahScorer } from "./needles/niah-scorer.ts";
import { calibrateSizes } from "./niah-calibration.ts";
import { NIAH_SCORER } from "./needles/niah-scorer.ts";
import { niahItems } from "./niah-items.ts";
import { niahFlags } from "./niah-flags.ts";
import { niahMetrics } from "./niah-metrics.ts";
import { niahOptionsSchema, type NiahOptions } from "./niah-options.ts";
import { NiahPrompts } from "./niah-prompts.ts";

/** Where per-chunk token counts live between runs, under the working directory's .realitycheck folder. */
export const TOKEN_COUNT_CACHE = join(".realitycheck", "cache", "token-counts");

export const niahFamily: TaskFamily<typeof niahOptionsSchema> = {
  name: "niah",
  summary:
    "needle in a haystack: lengths x depths x trials, fresh needles every trial, heatmap and effective context length (assumes accuracy does not rise with length; a rise is pooled)",
  optionsSchema: niahOptionsSchema,
  pathOptions: ["haystackFile"],
  flags: niahFlags,
  report: {
    id: "retrieval",
    title: "Information retrieval",
    order: 1,
    about:
      "Sentences (needles) are planted at a chosen depth of a document of an exact length in tokens, and the model is asked for them. " +
      "A cell is the share of needles found; a host that rejects the prompt counts as a miss at that length.",
  },
  async build(options, context) {
    const source = haystackSource(options, context.seed);
    const counts = new ChunkCounts(join(context.cwd, TOKEN_COUNT_CACHE));
    const tokenizers = await targetTokenizers(context.targets ?? [], options.tokenizer);
    if (options.haystack === "file") checkCapacity(source, tokenizers, counts, options);
    const prompts = new NiahPrompts({ source, counts, tokenizers, seed: context.seed, options });
    return niahTask(options, prompts, source);
  },
};

function niahTask(options: NiahOptions, prompts: NiahPrompts, source: HaystackSource): Task {
  const bars = { threshold: options.effectiveThreshold, share: options.effectiveShare };
  return {
    id: options.id ?? "niah",
    family: "niah",
    params: {
      ...(options.adaptive ? { adaptiveThreshold: options.adaptive.threshold, adaptiveAlpha: options.adaptive.alpha } : {}),
      ...(options.adaptive?.zone === undefined ? {} : { adaptiveZone: options.adaptive.zone }),
      lengths: options.lengths.join(","),
      depths: options.depths.join(","),
      needles: options.needles.join(","),
      needleCount: options.needleCount,
      haystack: source.description,
      language: options.language,
      effectiveThreshold: bars.threshold,
      effectiveShare: bars.share,
    },
    items: niahItems(options),
    prompt: (item, context) => prompts.messages(item, context),
    expected: (item, trial) => prompts.needlesFor(item, trial).expected.join(" | ") || "nothing: no needle was hidden",
    prepare: (context) => calibrateSizes(context, prompts, options),
    estimatePromptTokens: (item) => Number(item.metadata.length),
    scorers: [
      niahScorer({
        isRefusal: (text) => text.trim() !== "" && refusalLabel(text).label === "refused",
        needlesFor: (input) => prompts.needlesFor(input.item, input.trial ?? 1),
      }),
    ],
    metrics: niahMetrics(bars),
    grid: { scorer: NIAH_SCORER, effective: bars },
    groupBy: options.needles.length > 1 ? ["kind"] : [],
    settings: { maxOutputTokens: options.maxOutputTokens },
    // Each item is one (kind, length, depth) cell; a retrieval counts as a success only when wholly right.
    adaptive: options.adaptive && adaptiveSampling(options.adaptive, (item) => item.id, retrievalSuccess),
  };
}

function retrievalSuccess(sample: ScoredSample): boolean | undefined {
  const value = sample.scores.find((score) => score.scorer === NIAH_SCORER)?.value;
  return value === null || value === undefined ? undefined : value === 1;
}

function haystackSource(options: NiahOptions, seed: number): HaystackSource {
  switch (options.haystack) {
    case "prose":
      return proceduralProse(seed);
    case "noise":
      return repeatedNoise();
    case "distractor":
      return distractorProse(seed);
    case "file":
      return fileHaystack(options.haystackFile as string);
  }
}

/** Each target's tokenizer: the one asked for, or the one its model id points to. Loaded once, before any prompt. */
async function targetTokenizers(targets: readonly TargetSpec[], forced: string | undefined): Promise<Map<string, Tokenizer>> {
  const tokenizers = new Map<string, Tokenizer>();
  for (const target of targets) {
    tokenizers.set(target.id, forced ? await loadTokenizer(forced) : await loadTokenizerForModel(target.provider, target.model));
  }
  return tokenizers;
}

/** A file is finite: every target's longest prompt must fit in it, checked before anything is sent. */
function checkCapacity(source: HaystackSource, tokenizers: ReadonlyMap<string, Tokenizer>, counts: ChunkCounts, options: NiahOptions): void {
  const longest = options.lengths.at(-1) ?? 0;
  for (const tokenizer of new Set(tokenizers.values())) {
    const supplied = haystackCapacity(source, tokenizer, counts, longest);
    if (supplied < longest) {
      throw new ConfigError(
        `haystack ${source.description} supplies only ${supplied} tokens (${tokenizerLabel(tokenizer)}); --lengths asks for up to ${lengthLabel(longest)}`,
        "--haystack",
      );
    }
  }
  counts.save();
}
