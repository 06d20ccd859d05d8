// An OpenAI-compatible host that echoes the credentials it was sent: every answer (streamed or not) quotes the
// request's Authorization and X-Api-Key headers, and a model named "fail" gets a 400 whose body quotes them. What a
// careless host might do, for tests that check no key is ever written down.

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface EchoAuthHost {
  /** Base URL, ending in /v1. */
  url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startEchoAuthHost(): Promise<EchoAuthHost> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    void readJson(request).then((body) => {
      requests++;
      const echoed = `Authorization: ${request.headers.authorization ?? "none"}; X-Api-Key: ${request.headers["x-api-key"] ?? "none"}`;
      if (body.model === "fail") {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: `bad request from ${echoed}`, type: "invalid_request_error" } }));
        return;
      }
      const text = `You sent ${echoed}. The answer is 4.`;
      const usage = { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 };
      const base = { id: "echo-1", created: 1_700_000_000, model: String(body.model) };
      if (body.stream) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        const chunk = (delta: object, finish: string | null, extra: object = {}) =>
          `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
        response.end(chunk({ role: "assistant", content: text }, null) + chunk({}, "stop", { usage }) + "data: [DONE]\n\n");
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }], usage }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readJson(request: IncomingMessage): Promise<{ model?: unknown; stream?: unknown }> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return JSON.parse(text || "{}") as { model?: unknown; stream?: unknown };
}
