import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { accessDecision, isLoopbackHost, newAccessToken, TOKEN_COOKIE, tokensMatch } from "./auth.ts";

function request(headers: Record<string, string>, method = "GET"): IncomingMessage {
  return { headers, method } as unknown as IncomingMessage;
}
const url = (path: string) => new URL(path, "http://dashboard.invalid");

describe("isLoopbackHost", () => {
  it("knows loopback addresses and names from everything else", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST", "::ffff:127.0.0.1"]) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.com", "localhost.example.com", "128.0.0.1", ""]) expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe("tokens", () => {
  it("are long, random and url-safe, and match only exactly", () => {
    const token = newAccessToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(newAccessToken()).not.toBe(token);
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token.slice(0, -1), token)).toBe(false);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
    expect(tokensMatch("", token)).toBe(false);
  });
});

describe("accessDecision", () => {
  it("on loopback needs no token but a loopback Host header, so DNS rebinding cannot reach it", () => {
    expect(accessDecision(request({ host: "127.0.0.1:7358" }), url("/"), undefined)).toEqual({ kind: "allow" });
    expect(accessDecision(request({ host: "localhost:7358" }), url("/api/runs"), undefined)).toEqual({ kind: "allow" });
    expect(accessDecision(request({ host: "[::1]:7358" }), url("/"), undefined)).toEqual({ kind: "allow" });
    expect(accessDecision(request({ host: "attacker.example:7358" }), url("/"), undefined)).toMatchObject({ kind: "deny", status: 403 });
    expect(accessDecision(request({}), url("/"), undefined)).toMatchObject({ kind: "deny", status: 403 });
  });

  it("elsewhere denies requests without the token, and takes it as a cookie or a Bearer header", () => {
    const token = newAccessToken();
    expect(accessDecision(request({ host: "10.1.1.1:7358" }), url("/api/runs"), token)).toMatchObject({ kind: "deny", status: 401 });
    expect(accessDecision(request({ cookie: `${TOKEN_COOKIE}=wrong` }), url("/"), token)).toMatchObject({ kind: "deny", status: 401 });
    expect(accessDecision(request({ cookie: `theme=dark; ${TOKEN_COOKIE}=${token}` }), url("/api/runs"), token)).toEqual({ kind: "allow" });
    expect(accessDecision(request({ authorization: `Bearer ${token}` }), url("/api/runs"), token)).toEqual({ kind: "allow" });
    expect(accessDecision(request({ authorization: "Bearer nope" }), url("/api/runs"), token)).toMatchObject({ kind: "deny", status: 401 });
  });

  it("trades a right ?token= for an HttpOnly, SameSite=Strict cookie and the same URL without it", () => {
    const token = newAccessToken();
    expect(accessDecision(request({}), url(`/?token=${token}&x=1`), token)).toEqual({
      kind: "grant",
      location: "/?x=1",
      cookie: `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    });
    expect(accessDecision(request({}), url("/?token=wrong"), token)).toMatchObject({ kind: "deny", status: 401 });
    expect(accessDecision(request({}, "POST"), url(`/?token=${token}`), token)).toMatchObject({ kind: "deny", status: 401 });
  });
});
