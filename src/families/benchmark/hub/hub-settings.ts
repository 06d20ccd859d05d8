// Where benchmark data comes from and goes: the Hub's address and token from the environment, the local cache under
// the working directory, and an optional offline folder. Read once per build; the token is never stored.

import { isAbsolute, join, resolve } from "node:path";

export const DEFAULT_HUB_ENDPOINT = "https://huggingface.co";
/** Downloaded files, keyed by repository, commit and path: .realitycheck/cache/datasets/OWNER/NAME/COMMIT/PATH. */
export const DATASET_CACHE_DIR = join(".realitycheck", "cache", "datasets");

export interface HubSettings {
  /** Without a trailing slash: https://huggingface.co, or HF_ENDPOINT (a mirror, or a test's fake Hub). */
  endpoint: string;
  /** HF_TOKEN, for gated sets; sent only to the endpoint, never written anywhere. */
  token?: string;
  /** HF_HUB_OFFLINE: never touch the network, use the cache or the data folder. */
  offline: boolean;
  cacheDir: string;
  /** --data-dir or REALITYCHECK_DATA_DIR: files laid out as DIR/OWNER/NAME/PATH, used instead of the Hub. */
  dataDir?: string;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);

export function hubSettings(env: Record<string, string | undefined>, cwd: string, dataDir?: string): HubSettings {
  const given = dataDir ?? nonEmpty(env.REALITYCHECK_DATA_DIR);
  return {
    endpoint: (nonEmpty(env.HF_ENDPOINT) ?? DEFAULT_HUB_ENDPOINT).replace(/\/+$/u, ""),
    token: nonEmpty(env.HF_TOKEN) ?? nonEmpty(env.HUGGING_FACE_HUB_TOKEN),
    offline: TRUE_WORDS.has((env.HF_HUB_OFFLINE ?? "").trim().toLowerCase()),
    cacheDir: join(cwd, DATASET_CACHE_DIR),
    dataDir: given === undefined ? undefined : isAbsolute(given) ? given : resolve(cwd, given),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
