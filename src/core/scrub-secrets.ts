// Credentials out of every text that is kept: the API keys in use, wherever they appear (a host that echoes its
// Authorization header, an error body that quotes the request), and any key-shaped value of an auth header or a URL's
// user name and password, whoever's key it is. Applied to everything a store is asked to write.

const REDACTED = "[redacted]";
/** Shorter values are too likely to be ordinary words or numbers to be removed from text wherever they appear. */
export const MIN_SECRET_LENGTH = 8;

/** `Authorization: Bearer …`, `"x-api-key": "…"`, `api-key=…` and their kin, quoted or not. */
const AUTH_HEADER = /\b((?:proxy-)?authorization|x-api-key|api-key|x-goog-api-key|apikey)(["']?\s*[:=]\s*["']?)(?:(bearer|basic|token)\s+)?[\w.~+/=-]{8,}/gi;
/** A bearer token on its own. */
const BEARER = /\b(bearer)\s+[\w.~+/=-]{16,}/gi;
/** `https://user:key@host`. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]+@/gi;
/** Cheap test first: most texts mention none of these. */
const MAYBE_CREDENTIAL = /authorization|api-?key|bearer|:\/\/[^\s/@]*@/i;

export type Scrub = (text: string) => string;

export function secretScrubber(secrets: Iterable<string>): Scrub {
  // Longest first, so a key that contains another is removed whole.
  const keys = [...new Set(secrets)].filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  return (text) => {
    let clean = text;
    for (const key of keys) if (clean.includes(key)) clean = clean.replaceAll(key, REDACTED);
    if (!MAYBE_CREDENTIAL.test(clean)) return clean;
    return clean
      .replace(AUTH_HEADER, (_whole, name: string, separator: string, scheme: string | undefined) => `${name}${separator}${scheme ? `${scheme} ` : ""}${REDACTED}`)
      .replace(BEARER, (_whole, scheme: string) => `${scheme} ${REDACTED}`)
      .replace(USERINFO, (_whole, scheme: string) => `${scheme}${REDACTED}@`);
  };
}

/** `value` with every string in it (through arrays and plain objects) scrubbed; the same object when nothing changed. */
export function scrubStrings<T>(value: T, scrub: Scrub): T {
  if (typeof value === "string") return scrub(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item: unknown) => {
      const clean = scrubStrings(item, scrub);
      changed ||= clean !== item;
      return clean;
    });
    return (changed ? items : value) as T;
  }
  if (value === null || typeof value !== "object") return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const clean = scrubStrings(item, scrub);
    changed ||= clean !== item;
    return [key, clean] as const;
  });
  return (changed ? Object.fromEntries(entries) : value) as T;
}
