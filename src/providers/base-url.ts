// Base URLs never carry credentials: `https://user:key@host/v1` would be stored with the run, printed in errors and
// exported, so it is refused where it is read (config file, `<ID>_BASE_URL`), before anything is sent or written.

import { z } from "zod";

export const CREDENTIALS_IN_URL = "has a user name or password in it; put the key in an environment variable (apiKeyEnv), never in a URL";

export function hasCredentials(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.username !== "" || parsed.password !== "";
}

export function baseURLSchema(protocol?: RegExp): z.ZodType<string> {
  return z.url(protocol ? { protocol } : undefined).refine((url) => !hasCredentials(url), CREDENTIALS_IN_URL);
}
