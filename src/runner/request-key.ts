// The request key: everything that can change what is recorded for a request, and nothing that cannot. It is the
// response cache's key and the records' request hash. Besides the target, endpoint, settings and messages it holds the
// purpose, whether the answer streams (a streamed answer has a time to first token and is watched by the loop guard),
// and for a sample its task, item and trial: two items with the same text are asked apart, and a cached answer only
// ever serves the same item and trial. It is computed for every sample, so the usual messages and settings are written
// out by hand; the text is byte for byte what canonicalJson gives (request-key.test.ts holds it to that).

import { hash } from "node:crypto";
import { canonicalJson } from "../core/hash.ts";
import type { ChatMessage } from "../core/messages.ts";
import type { RequestPurpose } from "../core/request.ts";
import type { SampleKey } from "../core/sample.ts";
import type { GenerationSettings, TargetRef } from "../core/target.ts";

export interface KeyedRequest {
  purpose: RequestPurpose;
  settings: GenerationSettings;
  messages: readonly ChatMessage[];
  stream: boolean;
  /** Samples only. */
  sample?: SampleKey;
}

/** `endpoint` is the URL actually asked (or a stand-in such as "simulator"): two servers with one model id must not share answers. */
export function requestKey(target: TargetRef, endpoint: string | undefined, request: KeyedRequest): string {
  const { sample } = request;
  const sampleJson = sample
    ? `{"itemId":${JSON.stringify(sample.itemId)},"taskId":${JSON.stringify(sample.taskId)},"trial":${JSON.stringify(sample.trial)}}`
    : "null";
  // Keys in sorted order, as canonicalJson writes them; the same sha256 as core/hash.ts, in one call.
  const json =
    `{"baseURL":${JSON.stringify(endpoint ?? null)},"messages":${messagesJson(request.messages)},"model":${JSON.stringify(target.model)},` +
    `"provider":${JSON.stringify(target.provider)},"purpose":${JSON.stringify(request.purpose)},"sample":${sampleJson},` +
    `"settings":${settingsJson(request.settings)},"stream":${request.stream},"v":2}`;
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
