import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TargetSpec } from "../core/target.ts";
import { createAdapter } from "./create-adapter.ts";

let server: Server;
let baseURL: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++;
    if (request.url?.includes("/api-with-html-error/")) {
      response.writeHead(502, { "content-type": "text/html" }).end("<html><title>502 Bad Gateway</title></html>");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html><head><title>\n  Welcome to nginx!\n</title></head><body>${"x".repeat(100_000)}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const target = (path: string): TargetSpec => ({ id: "vllm:m", provider: "vllm", model: "m", settings: {}, stream: true, baseURL: `${baseURL}${path}`, simulated: false });
const ask = { messages: [{ role: "user" as const, content: "Reply with the word OK." }], settings: {} };

describe("a host that answers with a web page", () => {
  it("fails at once as a bad request, with the page's title, whether streamed or not", async () => {
    const adapter = createAdapter(target("/v1"), { env: {} });
    for (const call of [() => adapter.generate(ask), () => adapter.stream(ask)]) {
      const error = await call().then(() => undefined, (thrown: unknown) => thrown);
      expect(error).toMatchObject({
        kind: "bad_request",
        retryable: false,
        status: 200,
        message: 'vllm: the host answered with a web page, not the API (HTTP 200, text/html: "Welcome to nginx!"); check the base URL',
      });
    }
  });

  it("leaves error statuses to the usual mapping", async () => {
    const error = await createAdapter(target("/api-with-html-error/v1"), { env: {} }).generate(ask).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toMatchObject({ kind: "server_error", status: 502 });
  });
});
