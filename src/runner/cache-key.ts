// The response cache key: everything that can change what a model answers, and nothing that cannot.
// It is computed for every sample, so the usual messages and settings are written out by hand; the text is byte for
// byte what canonicalJson gives (cache-key.test.ts holds it to that), so caches stored earlier keep matching.

import { hash } from "node:crypto";
import { canonicalJson } from "../core/hash.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { GenerationSettings, TargetRef } from "../core/target.ts";

/** `endpoint` is the URL actually asked (or a stand-in such as "simulator"): two servers with one model id must not share answers. */
export function cacheKey(
  target: TargetRef,
  endpoint: string | undefined,
  settings: GenerationSettings,
  messages: readonly ChatMessage[],
  trial: number,
): string {
  // Keys in sorted order, as canonicalJson writes them; the same sha256 as core/hash.ts, in one call.
  const json =
    `{"baseURL":${JSON.stringify(endpoint ?? null)},"messages":${messagesJson(messages)},"model":${JSON.stringify(target.model)},` +
    `"provider":${JSON.stringify(target.provider)},"settings":${settingsJson(settings)},"trial":${JSON.stringify(trial)},"v":1}`;
  return hash("sha256", json, "hex");
}

function messagesJson(messages: readonly ChatMessage[]): string {
  let json = "[";
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (i > 0) json += ",";
    // A message with any other field (or none) takes the general path, which sorts whatever keys it has.
    const plain = typeof message?.content === "string" && typeof message.role === "string" && Object.keys(message).length === 2;
    json += plain ? `{"content":${JSON.stringify(message.content)},"role":${JSON.stringify(message.role)}}` : canonicalJson(message);
  }
  return `${json}]`;
}

/** Flat settings (numbers, strings, booleans, lists of those) by hand; anything else through canonicalJson. */
function settingsJson(settings: GenerationSettings): string {
  const values = settings as Record<string, unknown>;
  let json = "";
  for (const key of Object.keys(values).sort()) {
    const value = values[key];
    if (value === undefined) continue;
    if (!isFlat(value) && !(Array.isArray(value) && value.every(isFlat))) return canonicalJson(settings);
    json += `${json === "" ? "" : ","}${JSON.stringify(key)}:${JSON.stringify(value)}`;
  }
  return `{${json}}`;
}

function isFlat(value: unknown): boolean {
  return value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean";
}
