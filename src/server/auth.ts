// Who may use the dashboard. On a loopback address: this machine only, and the Host header must name a loopback
// host, so a web page cannot reach the dashboard through DNS rebinding. On any other address: only holders of the
// random token printed at startup, given once as ?token= (then kept in an HttpOnly cookie) or as a Bearer header.

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";

export const TOKEN_COOKIE = "realitycheck_token";
export const TOKEN_PARAM = "token";

export type AccessDecision =
  | { kind: "allow" }
  /** The right token came in the URL: set the cookie and send the browser to the same URL without it. */
  | { kind: "grant"; location: string; cookie: string }
  | { kind: "deny"; status: 401 | 403; reason: string };

export function isLoopbackHost(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1" || bare.toLowerCase() === "::ffff:127.0.0.1";
  return false;
}

export function newAccessToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Constant-time: both sides are hashed to equal length first, so neither content nor length leaks through timing. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** `token` undefined means a loopback server: no token, but loopback Host headers only. */
export function accessDecision(req: IncomingMessage, url: URL, token: string | undefined): AccessDecision {
  if (token === undefined) {
    const hostname = hostOf(req.headers.host);
    return hostname !== undefined && isLoopbackHost(hostname) ? { kind: "allow" } : { kind: "deny", status: 403, reason: "this dashboard answers only to loopback host names" };
  }
  const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const cookie = cookieValue(req.headers.cookie, TOKEN_COOKIE);
  if ((bearer !== undefined && tokensMatch(bearer, token)) || (cookie !== undefined && tokensMatch(cookie, token))) return { kind: "allow" };
  const given = url.searchParams.get(TOKEN_PARAM);
  if (req.method === "GET" && given !== null && tokensMatch(given, token)) {
    const rest = new URLSearchParams(url.searchParams);
    rest.delete(TOKEN_PARAM);
    const query = rest.toString();
    return {
      kind: "grant",
      location: `${url.pathname}${query ? `?${query}` : ""}`,
      cookie: `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    };
  }
  return { kind: "deny", status: 401, reason: "this dashboard needs the access token it printed at startup (open the printed URL)" };
}

function hostOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const bracketed = /^(\[[^\]]+\])(?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1];
  return header.replace(/:\d+$/, "");
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
