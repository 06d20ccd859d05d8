import { describe, expect, it } from "vitest";
import { HttpError } from "./http-response.ts";
import { Router } from "./router.ts";

describe("Router", () => {
  const a = () => {};
  const b = () => {};
  const router = new Router().get("/api/runs", a).get("/api/runs/:id", b).get("/api/runs/:id/samples", a);

  it("matches whole paths and decodes parameters", () => {
    expect(router.match("/api/runs")).toEqual({ handler: a, params: {} });
    expect(router.match("/api/runs/20260101-abc")).toEqual({ handler: b, params: { id: "20260101-abc" } });
    expect(router.match("/api/runs/a%2Fb%20c/samples")).toEqual({ handler: a, params: { id: "a/b c" } });
  });

  it("matches nothing for other paths, empty parameters or extra segments", () => {
    expect(router.match("/api/runs/")).toBeUndefined();
    expect(router.match("/api/runs/x/samples/more")).toBeUndefined();
    expect(router.match("/api/other")).toBeUndefined();
  });

  it("turns a malformed escape into a 400", () => {
    expect(() => router.match("/api/runs/%E0%A4%A")).toThrow(HttpError);
  });
});
