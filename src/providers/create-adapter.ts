// Resolves a target's provider (preset or custom), its base URL and its key from the environment, and builds the
// AI SDK model once per adapter. Keys are read here and nowhere else, and never leave except in the request itself.

import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { createOllama } from "ollama-ai-provider-v2";
import type { Clock } from "../core/clock.ts";
import { ConfigError } from "../core/errors.ts";
import type { ModelAdapter } from "../core/model-adapter.ts";
import type { TargetSpec } from "../core/target.ts";
import { AiSdkAdapter } from "./ai-sdk-adapter.ts";
import { CREDENTIALS_IN_URL, hasCredentials } from "./base-url.ts";
import type { CustomProvider } from "./custom-provider.ts";
import { createLlamaCppAdapter } from "./llamacpp/create-llamacpp-adapter.ts";
import { LLAMACPP_PROVIDER } from "./llamacpp/llamacpp-adapter.ts";
import { baseURLEnvFor, providerPresets, type ProviderKind } from "./presets.ts";
import { refuseWebPages } from "./refuse-web-pages.ts";

export interface ProviderOptions {
  env: Record<string, string | undefined>;
  customProviders?: Record<string, CustomProvider>;
}

export interface CreateAdapterOptions extends ProviderOptions {
  /** Replaces global fetch for every request of this adapter (tests, proxies). */
  fetch?: typeof fetch;
  /** What latencies are measured on (tests pass the simulator's virtual clock). */
  clock?: Pick<Clock, "now">;
}

/** What `plan` and `show` print about a provider: where requests go and which variable holds the key, never the key. */
export interface ProviderDescription {
  id: string;
  /** "llamacpp": a GGUF file run in this process, with no server and no key. */
  kind: ProviderKind | "llamacpp";
  baseURL: string;
  /** The variable that supplied the key, else the first one that would. */
  keyEnv?: string;
  keyRequired: boolean;
  keyFound: boolean;
  simulated: boolean;
}

interface ResolvedProvider extends ProviderDescription {
  kind: ProviderKind;
  /** Every variable that may hold the key, in the order they are tried. */
  keyEnvs: string[];
  apiKey?: string;
  headers?: Record<string, string>;
}

export function knownProviderIds(customProviders: Record<string, CustomProvider> = {}): string[] {
  return [...providerPresets.keys(), ...Object.keys(customProviders)];
}

/** Only these reach an API; fetch would fail any other scheme on every request, each time as if it were a passing fault. */
const API_SCHEMES = new Set(["http:", "https:"]);

function resolveProvider(id: string, options: ProviderOptions, baseURLOverride?: string, targetId?: string): ResolvedProvider {
  const preset = providerPresets.get(id);
  const custom = options.customProviders?.[id];
  if ((preset || id === LLAMACPP_PROVIDER) && custom) throw new ConfigError(`custom provider "${id}" has the name of a built-in provider; give it another id`);
  if (!preset && !custom) {
    const known = [...knownProviderIds(options.customProviders), LLAMACPP_PROVIDER];
    throw new ConfigError(`unknown provider "${id}"; known providers: ${known.join(", ")}`);
  }
  const baseURLEnv = baseURLEnvFor(id);
  const fromEnv = options.env[baseURLEnv] || undefined;
  const override = baseURLOverride || undefined;
  const baseURL = override ?? fromEnv ?? custom?.baseURL ?? preset?.defaultBaseURL ?? "";
  const source = override !== undefined ? "the target's baseURL" : fromEnv !== undefined ? baseURLEnv : `provider "${id}" baseURL`;
  const who = targetId === undefined ? "" : `target ${targetId}: `;
  if (!URL.canParse(baseURL)) throw new ConfigError(`${who}${source} is not a URL: "${baseURL}"`);
  // The scheme alone is named: the rest of a URL may hold a key.
  const scheme = new URL(baseURL).protocol;
  if (!API_SCHEMES.has(scheme)) throw new ConfigError(`${who}${source} is a ${scheme}// URL; an API is reached over http:// or https://`);
  if (hasCredentials(baseURL)) throw new ConfigError(`${who}${source} ${CREDENTIALS_IN_URL}`);
  const keyEnvs = custom ? (custom.apiKeyEnv ? [custom.apiKeyEnv] : []) : (preset?.apiKeyEnv ?? []);
  const keyEnv = keyEnvs.find((name) => options.env[name]) ?? keyEnvs[0];
  const apiKey = keyEnv === undefined ? undefined : options.env[keyEnv] || undefined;
  return {
    id,
    kind: custom?.kind ?? preset?.kind ?? "openai-compatible",
    baseURL,
    keyEnv,
    keyRequired: custom ? custom.apiKeyEnv !== undefined : (preset?.keyRequired ?? false),
    keyFound: apiKey !== undefined,
    simulated: preset?.simulated ?? false,
    keyEnvs,
    apiKey,
    headers: custom?.headers,
  };
}

/** For `plan` and `show`: throws only for an unknown provider or a bad base URL, so a missing key can be reported, not fatal. */
export function describeProvider(id: string, options: ProviderOptions & { baseURL?: string }): ProviderDescription {
  if (id === LLAMACPP_PROVIDER && !options.customProviders?.[id]) {
    return { id, kind: "llamacpp", baseURL: "in-process", keyRequired: false, keyFound: false, simulated: false };
  }
  const provider = resolveProvider(id, options, options.baseURL);
  return {
    id: provider.id,
    kind: provider.kind,
    baseURL: provider.baseURL,
    keyEnv: provider.keyEnv,
    keyRequired: provider.keyRequired,
    keyFound: provider.keyFound,
    simulated: provider.simulated,
  };
}

// openai, anthropic and google fall back to process.env when apiKey is undefined; an empty key keeps our env the only source.
function languageModel(provider: ResolvedProvider, model: string, fetchImpl: typeof fetch): LanguageModel {
  const { baseURL, apiKey, headers } = provider;
  switch (provider.kind) {
    case "openai-compatible":
      return createOpenAICompatible({ name: provider.id, baseURL, apiKey, headers, fetch: fetchImpl, includeUsage: true }).chatModel(model);
    case "openai":
      return createOpenAI({ name: provider.id, baseURL, apiKey: apiKey ?? "", headers, fetch: fetchImpl }).chat(model);
    case "anthropic":
      return createAnthropic({ name: provider.id, baseURL, apiKey: apiKey ?? "", headers, fetch: fetchImpl }).messages(model);
    case "google":
      return createGoogleGenerativeAI({ name: provider.id, baseURL, apiKey: apiKey ?? "", headers, fetch: fetchImpl }).chat(model);
    case "ollama": {
      const withKey = apiKey === undefined ? headers : { ...headers, Authorization: `Bearer ${apiKey}` };
      return createOllama({ name: provider.id, baseURL, headers: withKey, fetch: fetchImpl }).chat(model);
    }
  }
}

/** The adapter for one target. Throws ConfigError for an unknown provider, a bad base URL or a missing required key. */
export function createAdapter(target: TargetSpec, options: CreateAdapterOptions): ModelAdapter {
  if (target.provider === LLAMACPP_PROVIDER && !options.customProviders?.[LLAMACPP_PROVIDER]) return createLlamaCppAdapter(target, options.env);
  const provider = resolveProvider(target.provider, options, target.baseURL, target.id);
  if (provider.keyRequired && !provider.keyFound) {
    throw new ConfigError(`provider "${provider.id}" needs an API key: set ${provider.keyEnvs.join(" or ")} in the environment`);
  }
  return new AiSdkAdapter({
    provider: provider.id,
    model: target.model,
    languageModel: languageModel(provider, target.model, refuseWebPages(provider.id, options.fetch)),
    secrets: provider.apiKey === undefined ? [] : [provider.apiKey],
    clock: options.clock,
  });
}
