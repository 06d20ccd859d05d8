// Every credential this process could send: the values of each provider's key variables that are set, and the auth
// headers a config adds to a custom provider. What a store scrubs from everything it writes.

import { providerPresets } from "./presets.ts";

interface ProviderCredentials {
  apiKeyEnv?: string;
  headers?: Record<string, string>;
}

const AUTH_HEADER_NAME = /auth|key|token|secret/i;

export function credentialsInUse(env: Record<string, string | undefined>, providers: Record<string, ProviderCredentials> = {}): string[] {
  const variables = new Set([...providerPresets.values()].flatMap((preset) => preset.apiKeyEnv));
  for (const provider of Object.values(providers)) if (provider.apiKeyEnv) variables.add(provider.apiKeyEnv);
  const found = [...variables].map((name) => env[name]).filter((value): value is string => Boolean(value));
  for (const provider of Object.values(providers)) {
    for (const [name, value] of Object.entries(provider.headers ?? {})) {
      if (AUTH_HEADER_NAME.test(name)) found.push(value, value.replace(/^(bearer|basic|token)\s+/i, ""));
    }
  }
  return found;
}
