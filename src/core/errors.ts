// Typed failures a user must tell apart. Callers decide from `kind` and `retryable`, never from message text.

export type ErrorKind =
  | "context_length_exceeded"
  | "rate_limited"
  | "timeout"
  | "server_error"
  | "network_error"
  | "stream_dropped"
  | "auth_error"
  | "content_filtered"
  | "bad_request"
  | "config_error"
  | "dataset_error"
  | "aborted"
  | "run_leased";

/**
 * Errors that are the host's considered answer to the request itself (its prompt is too long for the model, its
 * content is filtered): findings, which asking again would only repeat. `resume --retry-errors` asks the others again.
 */
export const FINDING_ERROR_KINDS: ReadonlySet<ErrorKind> = new Set(["context_length_exceeded", "content_filtered"]);

export interface ErrorDetails {
  status?: number;
  /** Provider error body, trimmed; never contains request headers or keys. */
  body?: string;
  retryAfterMs?: number;
  headers?: Record<string, string>;
  cause?: unknown;
}

export abstract class RealitycheckError extends Error {
  abstract readonly kind: ErrorKind;
  abstract readonly retryable: boolean;
  readonly status?: number;
  readonly body?: string;
  readonly retryAfterMs?: number;
  readonly headers?: Record<string, string>;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.status = details.status;
    this.body = details.body;
    this.retryAfterMs = details.retryAfterMs;
    this.headers = details.headers;
  }
}

export class ContextLengthExceededError extends RealitycheckError {
  readonly kind = "context_length_exceeded";
  readonly retryable = false;
  /** The limit the host stated in its error, when it stated one. */
  readonly limitTokens?: number;
  constructor(message: string, details: ErrorDetails & { limitTokens?: number } = {}) {
    super(message, details);
    this.limitTokens = details.limitTokens;
  }
}

export class RateLimitedError extends RealitycheckError {
  readonly kind = "rate_limited";
  readonly retryable = true;
}

export class TimeoutError extends RealitycheckError {
  readonly kind = "timeout";
  readonly retryable = true;
}

export class ServerError extends RealitycheckError {
  readonly kind = "server_error";
  readonly retryable = true;
}

export class NetworkError extends RealitycheckError {
  readonly kind = "network_error";
  readonly retryable = true;
  /**
   * No connection was made (refused, a name that does not resolve, no route): nothing is there to answer, so it is
   * retried briefly, not like a connection that broke mid-answer.
   */
  readonly unreachable: boolean;
  constructor(message: string, details: ErrorDetails & { unreachable?: boolean } = {}) {
    super(message, details);
    this.unreachable = details.unreachable ?? false;
  }
}

/** The stream started and then broke before a finish reason arrived. */
export class StreamDroppedError extends RealitycheckError {
  readonly kind = "stream_dropped";
  readonly retryable = true;
}

export class AuthError extends RealitycheckError {
  readonly kind = "auth_error";
  readonly retryable = false;
}

export class ContentFilteredError extends RealitycheckError {
  readonly kind = "content_filtered";
  readonly retryable = false;
}

export class BadRequestError extends RealitycheckError {
  readonly kind = "bad_request";
  readonly retryable = false;
}

/** Bad user input: config, dataset, flags, unknown provider, missing key. `where` names the file:line or flag. */
export class ConfigError extends RealitycheckError {
  readonly kind = "config_error";
  readonly retryable = false;
  readonly where?: string;
  /** Further problems found in the same input, each one whole line (`file:line: field: problem`), after this one. */
  readonly more: readonly string[];
  constructor(message: string, where?: string, more: readonly string[] = []) {
    super(where ? `${where}: ${message}` : message);
    this.where = where;
    this.more = more;
  }
}

/** Why benchmark data could not be had: each is a different fix for the user (a token, a path, a fresh download). */
export type DatasetProblem =
  | "unauthorized"
  | "gated"
  | "not_found"
  | "corrupt"
  | "checksum_mismatch"
  | "offline"
  | "unreachable"
  | "hub_error";

/** Benchmark data could not be fetched, read or trusted; raised before any model request. */
export class DatasetError extends RealitycheckError {
  readonly kind = "dataset_error";
  readonly retryable = false;
  readonly problem: DatasetProblem;
  constructor(problem: DatasetProblem, message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.problem = problem;
  }
}

/** Another process holds the run's lease (it is executing the run), or took it over from this one. */
export class RunLeasedError extends RealitycheckError {
  readonly kind = "run_leased";
  readonly retryable = false;
  readonly holder: { pid: number; host: string };
  constructor(message: string, holder: { pid: number; host: string }) {
    super(message);
    this.holder = holder;
  }
}

/** The run was stopped (Ctrl-C, budget) while this request was in flight. */
export class AbortedError extends RealitycheckError {
  readonly kind = "aborted";
  readonly retryable = false;
}

/**
 * The run stopped (a budget cap reached, Ctrl-C) before this request could be sent or answered. Deliberately not a
 * RealitycheckError: graders turn those into `unscored`, while a stop must end the sample unrecorded, so resume asks it again.
 */
export class RunStoppedError extends Error {
  readonly reason: "budget" | "interrupted";
  constructor(reason: "budget" | "interrupted") {
    super(reason === "budget" ? "the run reached its budget" : "the run was interrupted");
    this.name = "RunStoppedError";
    this.reason = reason;
  }
}

export function isRealitycheckError(error: unknown): error is RealitycheckError {
  return error instanceof RealitycheckError;
}
