// Builds what the engine needs per target (adapter, concurrency, pacing) from the config and the environment.

import type { Config } from "../config/config-schema.ts";
import type { TargetSpec } from "../core/target.ts";
import { createAdapter, describeProvider } from "../providers/create-adapter.ts";
import type { CustomProvider } from "../providers/custom-provider.ts";
import type { TargetRuntime } from "./run-engine.ts";

export const DEFAULT_CONCURRENCY = 8;

export function customProvidersFrom(config: Config): Record<string, CustomProvider> {
  const custom: Record<string, CustomProvider> = {};
  for (const [id, provider] of Object.entries(config.providers ?? {})) {
    if (provider.baseURL) custom[id] = { kind: provider.kind ?? "openai-compatible", baseURL: provider.baseURL, apiKeyEnv: provider.apiKeyEnv, headers: provider.headers };
  }
  return custom;
}

/** Creates every adapter up front, so a missing key or unknown provider fails before anything is written. */
export function buildRuntimes(
  targets: readonly TargetSpec[],
  config: Config,
  env: Record<string, string | undefined>,
  concurrencyOverride?: number,
): Map<string, TargetRuntime> {
  const customProviders = customProvidersFrom(config);
  const runtimes = new Map<string, TargetRuntime>();
  for (const target of targets) {
    const providerConfig = config.providers?.[target.provider];
    const adapter = createAdapter(target, { env, customProviders });
    const described = describeProvider(target.provider, { env, customProviders });
    runtimes.set(target.id, {
      adapter,
      concurrency: concurrencyOverride ?? providerConfig?.concurrency ?? config.defaults?.concurrency ?? DEFAULT_CONCURRENCY,
      limits: { requestsPerMinute: providerConfig?.requestsPerMinute, tokensPerMinute: providerConfig?.tokensPerMinute },
      endpoint: target.simulated ? "simulator" : (target.baseURL ?? described.baseURL),
    });
  }
  return runtimes;
}
