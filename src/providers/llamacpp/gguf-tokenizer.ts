// A local model's own tokenizer, read from its GGUF (vocabulary only, no weights), so long prompts for it are sized
// exactly. Named by a fingerprint of the vocabulary: cached token counts are shared only by files that count alike.

import type { LlamaModel } from "node-llama-cpp";
import { ConfigError } from "../../core/errors.ts";
import type { Tokenizer } from "../../tokenizers/tokenizer.ts";
import { readGgufHeader } from "./gguf-header.ts";
import { assertBackendInstalled, lastBackendError, llamaInstance } from "./llama-backend.ts";
import { modelPath } from "./model-path.ts";

const loaded = new Map<string, Promise<Tokenizer>>();

/** The tokenizer of the GGUF a llamacpp target names; ModelFileError (a ConfigError) when the file is no GGUF. */
export function loadGgufTokenizer(model: string): Promise<Tokenizer> {
  const path = modelPath(model, process.cwd());
  let tokenizer = loaded.get(path);
  if (!tokenizer) {
    tokenizer = load(path);
    loaded.set(path, tokenizer);
    tokenizer.catch(() => loaded.delete(path));
  }
  return tokenizer;
}

async function load(path: string): Promise<Tokenizer> {
  const header = readGgufHeader(path);
  assertBackendInstalled();
  const vocabulary = await loadVocabulary(path);
  return { name: `gguf-${header.tokenizerFingerprint.slice(0, 12)}`, exact: true, count: (text) => vocabulary.tokenize(text, false).length };
}

async function loadVocabulary(path: string): Promise<LlamaModel> {
  const llama = await llamaInstance(false);
  try {
    return await llama.loadModel({ modelPath: path, vocabOnly: true });
  } catch (error) {
    const detail = lastBackendError() ?? (error instanceof Error ? error.message : String(error));
    throw new ConfigError(`llama.cpp could not read the model's vocabulary: ${detail}`, path);
  }
}
