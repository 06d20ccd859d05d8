// Reads a host's error body into the few facts that decide its error class. Hosts disagree on shape, so structured
// fields (code, type, n_ctx) win and the message text is a fallback; the fixtures in test-support/fixtures/provider-errors show each.

import { z } from "zod";
import { parseDurationMs } from "./rate-limit-headers.ts";

export interface ErrorBodyFacts {
  code?: string | number;
  type?: string;
  /** The host's own words, or the raw text when the body is not JSON. */
  message: string;
  contextLengthExceeded: boolean;
  /** The context limit the host stated, when it stated one. */
  limitTokens?: number;
  contentFiltered: boolean;
  /** Google puts its retry delay in the body (google.rpc.RetryInfo), not in a header. */
  retryDelayMs?: number;
  /** Google answers a bad key with 400 INVALID_ARGUMENT and this reason. */
  invalidKey: boolean;
}

// Loose on purpose: each field is read if present and well typed, ignored otherwise.
const errorFieldsSchema = z.looseObject({
  message: z.string().optional().catch(undefined),
  code: z.union([z.string(), z.number()]).optional().catch(undefined),
  type: z.string().optional().catch(undefined),
  status: z.string().optional().catch(undefined),
  n_ctx: z.number().optional().catch(undefined),
  details: z
    .array(z.looseObject({ reason: z.string().optional().catch(undefined), retryDelay: z.string().optional().catch(undefined) }))
    .optional()
    .catch(undefined),
});

type ErrorFields = z.infer<typeof errorFieldsSchema>;

const CONTEXT_CODES = new Set(["context_length_exceeded", "exceed_context_size_error"]);
const CONTENT_CODES = new Set(["content_filter", "content_policy_violation", "responsibleaipolicyviolation"]);

// Phrases hosts use when the prompt does not fit (OpenAI, Groq, vLLM, Together, Fireworks, DeepInfra, OpenRouter,
// llama.cpp, LM Studio, Anthropic, Google). Ollama has none: it truncates the prompt silently and answers 200.
const CONTEXT_TEXT =
  /context length|context window|context size|prompt is too long|reduce the length of the messages|input token count \(\d+\) exceeds|`max_new_tokens` must be <=/i;
const CONTENT_TEXT = /content (?:management )?polic|content[ _]filter|safety system|flagged by (?:the )?moderation/i;

const LIMIT_PATTERNS = [
  /maximum context length(?: is| of|:)\s*(\d+)/i,
  /tokens > (\d+) maximum/i,
  /maximum number of tokens allowed \((\d+)\)/i,
  /must be <= (\d+)/i,
  /context length of only (\d+)/i,
];

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The fields live in `{error: {...}}` for most hosts, at the top level for vLLM and kin; Ollama and LM Studio send `{error: "text"}`. */
function errorFields(body: unknown): { fields: ErrorFields; text?: string } {
  if (!body || typeof body !== "object") return { fields: {} };
  const inner = (body as { error?: unknown }).error;
  const carrier = inner && typeof inner === "object" ? inner : body;
  const parsed = errorFieldsSchema.safeParse(carrier);
  return { fields: parsed.success ? parsed.data : {}, text: typeof inner === "string" ? inner : undefined };
}

function statedLimit(fields: ErrorFields, message: string): number | undefined {
  if (fields.n_ctx !== undefined) return fields.n_ctx;
  for (const pattern of LIMIT_PATTERNS) {
    const match = pattern.exec(message);
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

/** Facts from a body that may be JSON (any host's shape), plain text, or already an object (in-stream errors). */
export function readErrorBody(body: string | object | undefined): ErrorBodyFacts {
  const parsed = typeof body === "string" ? parseJson(body) : body;
  const { fields, text } = errorFields(parsed);
  const message = text ?? fields.message ?? (typeof body === "string" ? body : "");
  const code = typeof fields.code === "string" ? fields.code.toLowerCase() : fields.code;
  const type = fields.type?.toLowerCase();
  const contextLengthExceeded =
    (typeof code === "string" && CONTEXT_CODES.has(code)) || (type !== undefined && CONTEXT_CODES.has(type)) || CONTEXT_TEXT.test(message);
  const retryDelay = fields.details?.find((detail) => detail.retryDelay !== undefined)?.retryDelay;
  return {
    code,
    type: type ?? fields.status?.toLowerCase(),
    message,
    contextLengthExceeded,
    limitTokens: contextLengthExceeded ? statedLimit(fields, message) : undefined,
    contentFiltered: (typeof code === "string" && CONTENT_CODES.has(code)) || CONTENT_TEXT.test(message),
    retryDelayMs: retryDelay === undefined ? undefined : parseDurationMs(retryDelay),
    invalidKey: fields.details?.some((detail) => detail.reason === "API_KEY_INVALID") ?? false,
  };
}
