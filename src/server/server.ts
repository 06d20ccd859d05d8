// `realitycheck view`'s web server: node:http over the results database, serving the page and its JSON API.
// Loopback by default; on any other address every request needs the random access token (see auth.ts).

import type { Clock } from "../core/clock.ts";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError } from "../core/errors.ts";
import { accessDecision, isLoopbackHost, newAccessToken, TOKEN_PARAM } from "./auth.ts";
import { CompareService } from "./api/compare-api.ts";
import { findingsRoute } from "./api/findings-api.ts";
import { heatmapRoute } from "./api/heatmap-api.ts";
import { liveRoute } from "./api/live-api.ts";
import { MatrixService } from "./api/matrix-api.ts";
import { MetricsService } from "./api/metrics-api.ts";
import { RunTasks } from "./api/run-tasks.ts";
import { listRunsRoute, runOverviewRoute } from "./api/runs-api.ts";
import { facetsRoute, samplesRoute, transcriptRoute } from "./api/samples-api.ts";
import { openDashboardData } from "./dashboard-data.ts";
import { HttpError, send, sendError } from "./http-response.ts";
import { Router } from "./router.ts";
import { loadAssets } from "./static-assets.ts";

export const DEFAULT_HOST = "127.0.0.1";

export interface DashboardOptions {
  dbPath: string;
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** Required access token; made up when the host is not loopback and none is given. Ignored on loopback. */
  token?: string;
  /** Where relative paths in stored run specs resolve (default the process's). */
  cwd?: string;
  /** Live view poll interval (tests make it short). */
  pollMs?: number;
  /** Epoch ms, to tell a live run from one whose process is gone (tests inject one). */
  clock?: Pick<Clock, "now">;
}

export interface DashboardHandle {
  /** Base URL, with the token as ?token= when one is needed: the link to open. */
  url: string;
  host: string;
  port: number;
  /** Undefined on loopback, where none is needed. */
  token?: string;
  close(): Promise<void>;
}

export async function createDashboardServer(options: DashboardOptions): Promise<DashboardHandle> {
  const host = options.host ?? DEFAULT_HOST;
  const token = isLoopbackHost(host) ? undefined : (options.token ?? newAccessToken());
  const data = await openDashboardData(options.dbPath, options.cwd ?? process.cwd(), options.clock);
  const assets = loadAssets();
  const streams = new Set<ServerResponse>();
  const metrics = new MetricsService(data);
  const matrix = new MatrixService(data);
  const compare = new CompareService(data);
  const router = new Router()
    .get("/api/runs", listRunsRoute(data))
    .get("/api/compare", compare.route())
    .get("/api/runs/:id", runOverviewRoute(data))
    .get("/api/runs/:id/metrics", metrics.route())
    .get("/api/runs/:id/findings", findingsRoute(data))
    .get("/api/runs/:id/heatmap", heatmapRoute(data))
    .get("/api/runs/:id/facets", facetsRoute(data))
    .get("/api/runs/:id/samples", samplesRoute(data))
    .get("/api/runs/:id/matrix", matrix.route())
    .get("/api/runs/:id/sample", transcriptRoute(data, new RunTasks(data)))
    .get("/api/runs/:id/live", liveRoute(data, streams, options.pollMs));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://dashboard.invalid");
    const access = accessDecision(req, url, token);
    if (access.kind === "deny") return sendError(res, access.status, access.reason);
    if (access.kind === "grant") return send(res, 302, "text/plain; charset=utf-8", "", { location: access.location, "set-cookie": access.cookie });
    if (req.method !== "GET") return send(res, 405, "text/plain; charset=utf-8", "read-only dashboard: GET only", { allow: "GET" });
    const asset = assets.get(url.pathname);
    if (asset) return send(res, 200, asset.contentType, asset.body);
    const route = router.match(url.pathname);
    if (!route) return sendError(res, 404, `no such page: ${url.pathname}`);
    await route.handler({ req, res, url, params: route.params });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendError(res, error.status, error.message);
      sendError(res, 500, error instanceof Error ? (error.message.split("\n")[0] ?? "internal error") : "internal error");
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await data.close();
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`cannot listen on ${host} port ${options.port} (${code})`, code === "EADDRINUSE" ? "--port" : "--host");
  }
  const port = (server.address() as AddressInfo).port;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}/`;
  return {
    url: token === undefined ? base : `${base}?${TOKEN_PARAM}=${token}`,
    host,
    port,
    token,
    close: async () => {
      for (const stream of streams) stream.end();
      await metrics.close();
      await compare.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await data.close();
    },
  };
}
