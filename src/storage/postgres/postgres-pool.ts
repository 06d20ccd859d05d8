// Connections to a PostgreSQL results store: one pool per store, numbers read as numbers (BIGINT epoch ms and counts
// fit in a double; pg would give strings), a read-only mode for viewers, and URLs shown without their password.

import pg from "pg";

const BIGINT_OID = 20;
const NUMERIC_OID = 1700;

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL as it may be printed: never its password. */
export function redactUrl(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return location.replace(/\/\/[^@/]*@/, "//***@");
  }
}

export interface PoolOptions {
  /** Every transaction is read-only: a viewer cannot write even by mistake. */
  readOnly?: boolean;
  /** Connections at most (default 10). */
  max?: number;
}

export function openPool(url: string, options: PoolOptions = {}): pg.Pool {
  // pg lets a URL's own `options` (a search_path, say) replace the config's, so read-only is added to them here.
  const { connectionString, serverOptions } = options.readOnly ? withServerOption(url, "-c default_transaction_read_only=on") : { connectionString: url, serverOptions: undefined };
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(serverOptions ? { options: serverOptions } : {}),
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === BIGINT_OID || oid === NUMERIC_OID ? Number : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that breaks (a server restart) must not end the process; the next query reports it.
  pool.on("error", () => undefined);
  return pool;
}

function withServerOption(url: string, option: string): { connectionString: string; serverOptions: string } {
  const parsed = new URL(url);
  const own = parsed.searchParams.get("options");
  parsed.searchParams.delete("options");
  return { connectionString: parsed.toString(), serverOptions: own ? `${own} ${option}` : option };
}

/** Positional parameters ($1, $2...) for SQL built from parts. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** PostgreSQL text cannot hold U+0000, which model output may contain: it is stored as U+FFFD. */
export function storableText<T extends string | null | undefined>(text: T): T {
  return (typeof text === "string" && text.includes("\u0000") ? text.replaceAll("\u0000", "\uFFFD") : text) as T;
}
