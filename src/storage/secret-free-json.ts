// JSON for values written to the results database, refusing any field whose name says it holds a credential:
// keys come only from the environment and must never reach the file, even when a config carries one by mistake.

import { ConfigError } from "../core/errors.ts";

const SECRET_FIELD = /^(api[-_]?key|secret|password|authorization|(access|auth|bearer)[-_]?token)$/i;

export function secretFreeJson(value: unknown, where: string): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (SECRET_FIELD.test(key)) {
      throw new ConfigError(`field "${key}" looks like a credential; API keys come only from the environment and are never stored`, where);
    }
    return v;
  });
}
