// A host that answers an API request with a web page (a base URL pointing at a site, a login portal, a proxy's
// welcome page) has not answered at all. Left to the SDK, a 2xx HTML page reads as an unreadable response, or as a
// stream that broke off, and both are retried as if they were passing faults. Refused here instead, from the
// response's content type, as a request the host can never answer: the check before a run and the circuit breaker
// stop on it at once.

import { BadRequestError } from "../core/errors.ts";

/** Enough of a page to find its title; the rest is never read. */
const PAGE_HEAD_BYTES = 16 * 1024;
const TITLE_CHARS = 120;

/** Wraps `fetch` (the caller's, else the global one at call time) so a 2xx web page fails as a BadRequestError. */
export function refuseWebPages(provider: string, base?: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await (base ?? globalThis.fetch)(input, init);
    if (!response.ok || !isWebPage(response.headers.get("content-type"))) return response;
    const title = pageTitle(await readHead(response));
    const named = title ? `: "${title}"` : "";
    return Promise.reject(new BadRequestError(`${provider}: the host answered with a web page, not the API (HTTP ${response.status}, text/html${named}); check the base URL`, { status: response.status }));
  };
}

function isWebPage(contentType: string | null): boolean {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type === "text/html" || type === "application/xhtml+xml";
}

async function readHead(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < PAGE_HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The page's own name for itself, in one short line: what the user will recognise ("Welcome to nginx!"). */
function pageTitle(html: string): string | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, " ").trim();
  if (!title) return undefined;
  return title.length > TITLE_CHARS ? `${title.slice(0, TITLE_CHARS - 1)}…` : title;
}
